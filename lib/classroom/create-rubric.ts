import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import type { RubricCriteria } from "@/lib/validation/classroom";
import { courseFor } from "./course-access";
import { rubricMaximum } from "./rubric-levels";

/** Most rubrics one course keeps: far more than a term's assignments need. */
export const MAX_RUBRICS_PER_COURSE = 100;

/**
 * A teacher makes a rubric for their course, to use on any of its
 * assignments. Criterion ids must differ, and so must the level ids within a
 * criterion, since a grade names levels by id (InvalidInputError otherwise).
 */
export async function createRubric(
  db: Db,
  userId: string,
  courseId: string,
  input: { title: string; criteria: RubricCriteria },
) {
  assertDistinctIds(input.criteria);
  return db.$transaction(async (tx) => {
    await courseFor(tx, userId, courseId, "assign");
    if ((await tx.rubric.count({ where: { courseId } })) >= MAX_RUBRICS_PER_COURSE) {
      throw new InvalidInputError("title", `A course can keep at most ${MAX_RUBRICS_PER_COURSE} rubrics`);
    }
    const rubric = await tx.rubric.create({
      data: { courseId, title: input.title, criteria: input.criteria, createdById: userId },
      select: { id: true, title: true, createdAt: true },
    });
    return rubricView({ ...rubric, criteria: input.criteria });
  });
}

/** A rubric as the API answers it, with the most points it can give. */
export function rubricView(rubric: { id: string; title: string; criteria: RubricCriteria; createdAt: Date }) {
  return {
    id: rubric.id,
    title: rubric.title,
    criteria: rubric.criteria,
    maxPoints: rubricMaximum(rubric.criteria),
    createdAt: rubric.createdAt.toISOString(),
  };
}
export type RubricView = ReturnType<typeof rubricView>;

function assertDistinctIds(criteria: RubricCriteria) {
  const criterionIds = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (criterionIds.has(criterion.id)) {
      throw new InvalidInputError(`criteria.${index}.id`, `criteria: two criteria have the id "${criterion.id}"`);
    }
    criterionIds.add(criterion.id);
    const levelIds = new Set(criterion.levels.map((level) => level.id));
    if (levelIds.size !== criterion.levels.length) {
      throw new InvalidInputError(
        `criteria.${index}.levels`,
        `criteria: "${criterion.title}" has two levels with one id`,
      );
    }
  });
}
