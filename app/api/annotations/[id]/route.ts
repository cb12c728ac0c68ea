import { NextResponse } from "next/server";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { getDb } from "@/lib/db/client";
import { ZAnnotationUpdate } from "@/lib/validation/annotation";
import { handleRoute, parseJsonBody, requireUser } from "../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const update = await parseJsonBody(request, ZAnnotationUpdate);
  return NextResponse.json({ annotation: await updateAnnotation(getDb(), user.id, id, update) });
});

export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await deleteAnnotation(getDb(), user.id, id));
});
