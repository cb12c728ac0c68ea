import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import type { AssignmentUpdate } from "@/lib/validation/grading";
import { assignmentFor } from "./course-access";
import { checkReferenceMapChoice } from "./reference-map-choice";

/**
 * PATCH /api/assignments/{id}: a teacher changes what the assignment is
 * graded with — its rubric (one of the course's) and its reference map (one
 * of the teacher's own maps of the reading, as on creation); null removes
 * either, a field left out keeps it. Grades given before keep their levels;
 * they are checked again when regraded. The auto-feedback is computed on
 * read, so it follows a new reference map at once.
 */
export async function updateAssignment(db: Db, userId: string, assignmentId: string, input: AssignmentUpdate) {
  return db.$transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, userId, assignmentId, "assign");
    if (input.rubricId) {
      const rubric = await tx.rubric.findFirst({ where: { id: input.rubricId, courseId: assignment.courseId } });
      if (!rubric) throw new InvalidInputError("rubricId", "rubricId: this course has no such rubric");
    }
    if (input.referenceMapId) {
      await checkReferenceMapChoice(tx, userId, assignment.documentId, input.referenceMapId);
    }
    return tx.assignment.update({
      where: { id: assignment.id },
      data: { rubricId: input.rubricId, referenceMapId: input.referenceMapId },
      select: { id: true, rubricId: true, referenceMapId: true },
    });
  });
}
