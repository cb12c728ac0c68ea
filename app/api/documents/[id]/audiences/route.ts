import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { audienceGroups } from "@/lib/documents/audience-groups";
import { readableDocument } from "@/lib/documents/readable-document";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The groups the caller may make an annotation or map on this document visible to. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const document = await readableDocument(getDb(), user.id, id);
  return NextResponse.json({ groups: await audienceGroups(getDb(), user.id, document) });
});
