import type { Db } from "@/lib/db/client";
import { assignmentFor } from "./course-access";

/**
 * A teacher releases an assignment's grades: from now on each student sees
 * their own grade, rubric levels, feedback and comments, and the reference
 * map too when `showReferenceMap`. Releasing again keeps the first
 * release's moment (only the reference map choice follows the latest call),
 * so it is safe to repeat; `undo` hides them again. Answers the assignment's
 * release state and how many of its students have a grade to see.
 */
export async function releaseGrades(
  db: Db,
  userId: string,
  assignmentId: string,
  options: { showReferenceMap: boolean; undo: boolean },
) {
  return db.$transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, userId, assignmentId, "release");
    const releasedAt = options.undo ? null : (assignment.releasedAt ?? new Date());
    const updated = await tx.assignment.update({
      where: { id: assignment.id },
      data: { releasedAt, releaseReferenceMap: options.undo ? false : options.showReferenceMap },
      select: { id: true, releasedAt: true, releaseReferenceMap: true },
    });
    const graded = await tx.submission.count({ where: { assignmentId: assignment.id, gradedAt: { not: null } } });
    return {
      id: updated.id,
      releasedAt: updated.releasedAt?.toISOString() ?? null,
      releaseReferenceMap: updated.releaseReferenceMap,
      graded,
    };
  });
}
