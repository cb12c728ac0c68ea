import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { ZSubmissionSnapshot } from "@/lib/validation/classroom";
import type { FeedbackCommentCreate } from "@/lib/validation/grading";
import { assignmentFor } from "./course-access";
import { feedbackCommentView } from "./feedback-comment-view";

/** Comments one grader may leave on one student's work for one assignment. */
export const MAX_COMMENTS_PER_STUDENT = 500;

/**
 * A teacher or teaching assistant comments on a student's submission: on one
 * of its annotations, one node of its map, or the work as a whole. The
 * student sees it once grades are released, and nobody else in the course
 * ever does. What it is about must be in the submission as submitted
 * (InvalidInputError otherwise), and the student must have submitted.
 */
export async function addFeedbackComment(db: Db, userId: string, assignmentId: string, input: FeedbackCommentCreate) {
  return db.$transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, userId, assignmentId, "grade");
    const submission = await tx.submission.findUnique({
      where: { assignmentId_studentId: { assignmentId: assignment.id, studentId: input.studentId } },
      select: { snapshot: true },
    });
    if (!submission)
      throw new InvalidInputError("studentId", "studentId: this student has not submitted this assignment");
    const snapshot = ZSubmissionSnapshot.safeParse(submission.snapshot);
    const annotations = snapshot.success ? snapshot.data.annotations : [];
    const nodes = snapshot.success ? (snapshot.data.map?.graph.nodes ?? []) : [];
    if (input.annotationId && !annotations.some((annotation) => annotation.id === input.annotationId)) {
      throw new InvalidInputError("annotationId", "annotationId: that annotation is not in the student's submission");
    }
    if (input.mapNodeId && !nodes.some((node) => node.id === input.mapNodeId)) {
      throw new InvalidInputError("mapNodeId", "mapNodeId: that statement is not in the student's submitted map");
    }
    const given = await tx.feedbackComment.count({
      where: { assignmentId: assignment.id, studentId: input.studentId, authorId: userId },
    });
    if (given >= MAX_COMMENTS_PER_STUDENT) {
      throw new InvalidInputError(
        "body",
        `You can leave at most ${MAX_COMMENTS_PER_STUDENT} comments on one student's work`,
      );
    }
    const comment = await tx.feedbackComment.create({
      data: {
        assignmentId: assignment.id,
        studentId: input.studentId,
        authorId: userId,
        annotationId: input.annotationId ?? null,
        mapNodeId: input.mapNodeId ?? null,
        body: input.body,
      },
      include: { author: { select: { name: true } } },
    });
    return feedbackCommentView(comment);
  });
}
