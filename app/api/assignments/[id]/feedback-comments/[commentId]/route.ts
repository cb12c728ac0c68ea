import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { deleteFeedbackComment } from "@/lib/classroom/delete-feedback-comment";
import { handleRoute, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; commentId: string }> };

/** Its author deletes a feedback comment. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, commentId } = await params;
  return NextResponse.json(await deleteFeedbackComment(getDb(), user.id, id, commentId));
});
