import type { Db } from "@/lib/db/client";
import { ZRubricCriteria } from "@/lib/validation/classroom";
import { courseFor } from "./course-access";
import { rubricView } from "./create-rubric";

/** A course's rubrics, newest first, for its teachers and teaching assistants. */
export async function listRubrics(db: Db, userId: string, courseId: string) {
  return db.$transaction(async (tx) => {
    await courseFor(tx, userId, courseId, "grade");
    const rubrics = await tx.rubric.findMany({
      where: { courseId },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, criteria: true, createdAt: true },
    });
    return rubrics.map((rubric) => rubricView({ ...rubric, criteria: ZRubricCriteria.parse(rubric.criteria) }));
  });
}
