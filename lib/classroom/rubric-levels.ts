import { InvalidInputError } from "@/lib/errors";
import type { RubricCriteria } from "@/lib/validation/classroom";

/** The most a rubric can give: the sum of each criterion's best level. */
export function rubricMaximum(criteria: RubricCriteria): number {
  return criteria.reduce((sum, criterion) => sum + Math.max(...criterion.levels.map((level) => level.points)), 0);
}

/** One criterion of a graded rubric, with the level the grader chose (null: not chosen). */
export type ChosenLevel = {
  criterionId: string;
  criterion: string;
  levelId: string | null;
  label: string | null;
  points: number | null;
};

/**
 * Checks a grader's choice (criterion id → level id) against the rubric and
 * reads it out in the rubric's order with labels and points. A criterion or
 * level the rubric does not have is InvalidInputError naming it, so the
 * grader learns which one is wrong; a criterion left out is simply not chosen.
 */
export function chosenLevels(criteria: RubricCriteria, chosen: Record<string, string>): ChosenLevel[] {
  for (const [criterionId, levelId] of Object.entries(chosen)) {
    const criterion = criteria.find((candidate) => candidate.id === criterionId);
    if (!criterion) {
      throw new InvalidInputError(`rubric.${criterionId}`, `rubric: this rubric has no criterion "${criterionId}"`);
    }
    if (!criterion.levels.some((level) => level.id === levelId)) {
      throw new InvalidInputError(
        `rubric.${criterionId}`,
        `rubric: "${criterion.title}" has no level "${levelId}"; pick one of ${criterion.levels
          .map((level) => `"${level.label}"`)
          .join(", ")}`,
      );
    }
  }
  return criteria.map((criterion) => {
    const level = criterion.levels.find((candidate) => candidate.id === chosen[criterion.id]);
    return {
      criterionId: criterion.id,
      criterion: criterion.title,
      levelId: level?.id ?? null,
      label: level?.label ?? null,
      points: level?.points ?? null,
    };
  });
}
