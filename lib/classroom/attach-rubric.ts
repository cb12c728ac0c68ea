import type { Db } from "@/lib/db/client";
import { updateAssignment } from "./update-assignment";

/**
 * A teacher picks the rubric an assignment is graded with (null: none), a
 * PATCH of the assignment that leaves its reference map as it is. The rubric
 * must be one of the assignment's course (InvalidInputError otherwise).
 */
export async function attachRubric(db: Db, userId: string, assignmentId: string, rubricId: string | null) {
  const { id, rubricId: attached } = await updateAssignment(db, userId, assignmentId, { rubricId });
  return { id, rubricId: attached };
}
