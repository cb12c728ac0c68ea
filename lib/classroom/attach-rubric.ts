import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { assignmentFor } from "./course-access";

/**
 * A teacher picks the rubric an assignment is graded with (null: none).
 * The rubric must be one of the assignment's course (InvalidInputError
 * otherwise, the same for a rubric of another course as for none at all).
 * Grades given before keep their levels; they are checked again when regraded.
 */
export async function attachRubric(db: Db, userId: string, assignmentId: string, rubricId: string | null) {
  return db.$transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, userId, assignmentId, "assign");
    if (rubricId) {
      const rubric = await tx.rubric.findFirst({ where: { id: rubricId, courseId: assignment.courseId } });
      if (!rubric) throw new InvalidInputError("rubricId", "rubricId: this course has no such rubric");
    }
    const updated = await tx.assignment.update({
      where: { id: assignment.id },
      data: { rubricId },
      select: { id: true, rubricId: true },
    });
    return updated;
  });
}
