import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { addFeedbackComment } from "@/lib/classroom/add-feedback-comment";
import { listFeedbackComments } from "@/lib/classroom/list-feedback-comments";
import { InvalidInputError } from "@/lib/errors";
import { ZFeedbackCommentCreate } from "@/lib/validation/grading";
import { isUuid } from "@/lib/validation/uuid";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** Feedback comments: staff see any student's (`?student=` for one), a student their own once grades are released. */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const student = new URL(request.url).searchParams.get("student") ?? undefined;
  if (student !== undefined && !isUuid(student)) throw new InvalidInputError("student", "student must be a user id");
  return NextResponse.json({ comments: await listFeedbackComments(getDb(), user.id, id, student) });
});

/** Staff comment on a student's work: `{ studentId, annotationId? | mapNodeId?, body }`. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZFeedbackCommentCreate);
  return NextResponse.json({ comment: await addFeedbackComment(getDb(), user.id, id, input) }, { status: 201 });
});
