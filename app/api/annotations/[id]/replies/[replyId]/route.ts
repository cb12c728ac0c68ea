import { NextResponse } from "next/server";
import { deleteReply } from "@/lib/annotations/delete-reply";
import { getDb } from "@/lib/db/client";
import { handleRoute, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; replyId: string }> };

/** Its author deletes a reply (undo of replying). No body; the ids are checked by handleRoute (404 if malformed). */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, replyId } = await params;
  return NextResponse.json(await deleteReply(getDb(), user.id, id, replyId));
});
