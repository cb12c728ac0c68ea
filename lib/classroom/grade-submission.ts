import type { Db } from "@/lib/db/client";
import { NotFoundError, InvalidInputError } from "@/lib/errors";
import { ZRubricCriteria, type ZGrade } from "@/lib/validation/classroom";
import { isUuid } from "@/lib/validation/uuid";
import type { z } from "zod";
import { assignmentFor } from "./course-access";
import { chosenLevels, rubricMaximum } from "./rubric-levels";

export const SUBMISSION_NOT_FOUND = "Submission not found";

/**
 * A teacher or teaching assistant grades a submission: a score, the rubric
 * levels chosen (when the assignment has a rubric) and overall feedback.
 * Grading again replaces the grade. Levels must be the assignment's
 * rubric's (InvalidInputError naming the criterion) and the score may not
 * exceed what the rubric can give; the score stays the grader's to set, so
 * they can weigh the rubric as they see fit. NotFoundError for a submission
 * the caller cannot see (as assignmentFor), ForbiddenError for a student.
 */
export async function gradeSubmission(db: Db, userId: string, submissionId: string, grade: z.output<typeof ZGrade>) {
  return db.$transaction(async (tx) => {
    const submission = isUuid(submissionId)
      ? await tx.submission.findUnique({ where: { id: submissionId }, select: { id: true, assignmentId: true } })
      : null;
    if (!submission) throw new NotFoundError(SUBMISSION_NOT_FOUND);
    const found = await assignmentFor(tx, userId, submission.assignmentId, "grade").catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError(SUBMISSION_NOT_FOUND) : error;
    });
    const rubric = found.assignment.rubricId
      ? await tx.rubric.findUnique({ where: { id: found.assignment.rubricId }, select: { criteria: true } })
      : null;
    if (grade.rubric && Object.keys(grade.rubric).length > 0 && !rubric) {
      throw new InvalidInputError("rubric", "rubric: this assignment has no rubric; give a score alone");
    }
    if (rubric) {
      const criteria = ZRubricCriteria.parse(rubric.criteria);
      chosenLevels(criteria, grade.rubric ?? {});
      const maximum = rubricMaximum(criteria);
      if (grade.score > maximum) {
        throw new InvalidInputError("score", `score: the rubric gives at most ${maximum} points`);
      }
    }
    const graded = await tx.submission.update({
      where: { id: submission.id },
      data: {
        score: grade.score,
        rubricLevels: rubric ? (grade.rubric ?? {}) : undefined,
        feedback: grade.feedback,
        gradedAt: new Date(),
        gradedById: userId,
      },
      select: { id: true, score: true, rubricLevels: true, feedback: true, gradedAt: true, gradedById: true },
    });
    return { ...graded, gradedAt: graded.gradedAt!.toISOString() };
  });
}
