import { NextResponse } from "next/server";
import { z } from "zod";
import { importW3CAnnotations } from "@/lib/annotations/import-w3c";
import { getDb } from "@/lib/db/client";
import { checkAudience, ZAnnotationVisibility, ZGroupId } from "@/lib/validation/annotation";
import { handleRoute, parseJsonBody, requireUser, validate } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

const ZImportQuery = z
  .object({ visibility: ZAnnotationVisibility.default("private"), groupId: ZGroupId.optional() })
  .superRefine(checkAudience);

/**
 * Imports W3C Web Annotation JSON-LD (an Annotation, a list, a page or a
 * collection) as the caller's annotations on this document, re-anchored by
 * quote. `?visibility=everyone` shares them with every reader,
 * `?visibility=group&groupId=…` with one group. All or nothing.
 */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const audience = validate(ZImportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const json = await parseJsonBody(request, z.unknown());
  return NextResponse.json(await importW3CAnnotations(getDb(), user.id, id, json, audience), { status: 201 });
});
