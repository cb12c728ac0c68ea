import { canInCourse, canSeeGrade } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { assignmentFor } from "./course-access";
import { feedbackCommentView } from "./feedback-comment-view";

/**
 * Feedback comments on an assignment, oldest first. Staff see every
 * student's (or one student's, given `studentId`); a student sees only the
 * comments on their own work, and none before grades are released
 * (canSeeGrade). A student asking for a classmate's is ForbiddenError.
 */
export async function listFeedbackComments(db: Db, userId: string, assignmentId: string, studentId?: string) {
  return db.$transaction(async (tx) => {
    const { assignment, course } = await assignmentFor(tx, userId, assignmentId, "see");
    const staff = canInCourse(course.role, "grade");
    if (!staff && studentId !== undefined && studentId !== userId) {
      throw new ForbiddenError("You can see only the feedback on your own work");
    }
    const student = staff ? studentId : userId;
    if (student !== undefined && !canSeeGrade(userId, course.role, assignment, student)) return [];
    const comments = await tx.feedbackComment.findMany({
      where: { assignmentId: assignment.id, ...(student === undefined ? {} : { studentId: student }) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { name: true } } },
    });
    return comments.map(feedbackCommentView);
  });
}
