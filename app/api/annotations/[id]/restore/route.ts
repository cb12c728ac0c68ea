import { NextResponse } from "next/server";
import { restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { getDb } from "@/lib/db/client";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** Undo of a delete, for the author. */
export const POST = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ annotation: await restoreAnnotation(getDb(), user.id, id) });
});
