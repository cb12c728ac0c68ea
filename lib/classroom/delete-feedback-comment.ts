import { canDeleteFeedbackComment } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { assignmentFor } from "./course-access";

/**
 * Its author takes a feedback comment back (while still staff of the
 * course). Another grader's comment is ForbiddenError; an unknown one,
 * or one of another assignment, NotFoundError.
 */
export async function deleteFeedbackComment(db: Db, userId: string, assignmentId: string, commentId: string) {
  return db.$transaction(async (tx) => {
    const { assignment, course } = await assignmentFor(tx, userId, assignmentId, "grade");
    const comment = isUuid(commentId)
      ? await tx.feedbackComment.findFirst({
          where: { id: commentId, assignmentId: assignment.id },
          select: { id: true, authorId: true },
        })
      : null;
    if (!comment) throw new NotFoundError("Comment not found");
    if (!canDeleteFeedbackComment(userId, course.role, comment))
      throw new ForbiddenError("Only its author can delete a comment");
    await tx.feedbackComment.delete({ where: { id: comment.id } });
    return { id: comment.id };
  });
}
