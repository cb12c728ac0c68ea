import type { Db, Tx } from "@/lib/db/client";
import { ZRubricCriteria, type RubricCriteria } from "@/lib/validation/classroom";
import { feedbackCommentView } from "./feedback-comment-view";
import { chosenLevels } from "./rubric-levels";

/**
 * What a student sees of their grade once the assignment's grades are
 * released: the score (null: not graded), the rubric with the level chosen
 * on each criterion, the grader's feedback and the comments on their work.
 * Null before release, so a caller cannot show it too early by mistake.
 * The caller has checked that `studentId` may see it (canSeeGrade).
 */
export async function releasedResultFor(
  db: Db | Tx,
  assignment: { id: string; releasedAt: Date | null; rubricId: string | null },
  studentId: string,
) {
  if (!assignment.releasedAt) return null;
  const [submission, rubric, comments] = await Promise.all([
    db.submission.findUnique({
      where: { assignmentId_studentId: { assignmentId: assignment.id, studentId } },
      select: { score: true, rubricLevels: true, feedback: true, gradedAt: true },
    }),
    assignment.rubricId
      ? db.rubric.findUnique({ where: { id: assignment.rubricId }, select: { title: true, criteria: true } })
      : null,
    db.feedbackComment.findMany({
      where: { assignmentId: assignment.id, studentId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { name: true } } },
    }),
  ]);
  const graded = submission?.gradedAt ? submission : null;
  const criteria = rubric ? ZRubricCriteria.safeParse(rubric.criteria) : null;
  return {
    releasedAt: assignment.releasedAt.toISOString(),
    score: graded?.score ?? null,
    rubric:
      rubric && criteria?.success
        ? { title: rubric.title, levels: chosenLevelsKept(criteria.data, graded?.rubricLevels) }
        : null,
    feedback: graded?.feedback ?? "",
    comments: comments.map(feedbackCommentView),
  };
}

/**
 * The levels a grade chose, read against the rubric as it is now: a level
 * the rubric does not have (the assignment changed rubric since) shows as not chosen rather than failing.
 */
function chosenLevelsKept(criteria: RubricCriteria, stored: unknown) {
  const chosen =
    stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const valid = Object.fromEntries(
    Object.entries(chosen).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" &&
        criteria.some((criterion) => criterion.id === entry[0] && criterion.levels.some((l) => l.id === entry[1])),
    ),
  );
  return chosenLevels(criteria, valid);
}
