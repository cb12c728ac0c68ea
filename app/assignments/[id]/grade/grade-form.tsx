"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { rubricMaximum } from "@/lib/classroom/rubric-levels";
import type { RubricCriteria } from "@/lib/validation/classroom";
import { api } from "../../../_lib/api";
import { errorId, FieldError } from "../../../_lib/field-error";
import { useAttempt } from "../../../_lib/use-attempt";

type Props = {
  submissionId: string;
  rubric: { title: string; criteria: RubricCriteria } | null;
  grade: { score: number | null; rubricLevels: Record<string, string>; feedback: string; gradedAt: string | null };
};

/** The points of the levels chosen so far. */
function pointsOf(criteria: RubricCriteria, chosen: Record<string, string>): number {
  return criteria.reduce(
    (sum, criterion) => sum + (criterion.levels.find((level) => level.id === chosen[criterion.id])?.points ?? 0),
    0,
  );
}

/**
 * The grade: a level per rubric criterion (radio buttons; picking one sets
 * the score to the levels' total, which the grader may still change), the
 * score, overall feedback, and "Save grade". Students see it only once the
 * assignment's grades are released.
 */
export function GradeForm({ submissionId, rubric, grade }: Props) {
  const router = useRouter();
  const [levels, setLevels] = useState<Record<string, string>>(grade.rubricLevels);
  const [score, setScore] = useState(grade.score === null ? "" : String(grade.score));
  const [feedback, setFeedback] = useState(grade.feedback);
  const [saved, setSaved] = useState<string | null>(grade.gradedAt ? "Graded" : null);
  const { attempt, busy, error } = useAttempt();
  const maximum = rubric ? rubricMaximum(rubric.criteria) : null;

  const choose = (criterionId: string, levelId: string) => {
    const next = { ...levels, [criterionId]: levelId };
    setLevels(next);
    if (rubric) setScore(String(pointsOf(rubric.criteria, next)));
    setSaved(null);
  };

  return (
    <form
      className="grade-form"
      aria-labelledby="grade-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void attempt(async () => {
          await api.grading.grade(submissionId, {
            score: Number(score),
            ...(rubric ? { rubric: levels } : {}),
            feedback,
          });
          setSaved("Grade saved");
          router.refresh();
        });
      }}
    >
      <h2 id="grade-heading">Grade</h2>
      {rubric ? (
        <div className="rubric-levels">
          <p className="meta">Rubric: {rubric.title}</p>
          {rubric.criteria.map((criterion) => (
            <fieldset key={criterion.id}>
              <legend>{criterion.title}</legend>
              {criterion.levels.map((level) => (
                <label key={level.id}>
                  <input
                    type="radio"
                    name={`criterion-${criterion.id}`}
                    value={level.id}
                    checked={levels[criterion.id] === level.id}
                    onChange={() => choose(criterion.id, level.id)}
                  />
                  {level.label} ({level.points} {level.points === 1 ? "point" : "points"})
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      ) : (
        <p className="meta">This assignment has no rubric: give a score.</p>
      )}
      <label>
        Score{maximum !== null ? ` (out of ${maximum})` : ""}
        <input
          type="number"
          min={0}
          max={maximum ?? undefined}
          step="any"
          required
          value={score}
          onChange={(event) => {
            setScore(event.target.value);
            setSaved(null);
          }}
          aria-describedby={error ? errorId("grade") : undefined}
        />
      </label>
      <label>
        Feedback to the student
        <textarea
          rows={4}
          value={feedback}
          onChange={(event) => {
            setFeedback(event.target.value);
            setSaved(null);
          }}
        />
      </label>
      <FieldError field="grade" message={error ?? undefined} />
      <div className="row">
        <button type="submit" disabled={busy || score.trim() === ""}>
          Save grade
        </button>
        <span role="status" className="meta">
          {saved}
        </span>
      </div>
    </form>
  );
}
