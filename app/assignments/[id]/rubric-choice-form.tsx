"use client";

import Link from "next/link";
import { api } from "../../_lib/api";
import { errorId, FieldError } from "../../_lib/field-error";
import { useChoiceSave } from "./use-choice-save";

type Props = {
  assignmentId: string;
  courseId: string;
  rubricId: string | null;
  rubrics: readonly { id: string; title: string }[];
};

/**
 * A teacher picks the rubric the assignment is graded with (one of the
 * course's, made in its grade book) or none; the grading view then offers
 * its criteria and levels.
 */
export function RubricChoiceForm({ assignmentId, courseId, rubricId, rubrics }: Props) {
  const { chosen, setChosen, saved, error, busy, submit } = useChoiceSave(
    rubricId,
    (chosen) => api.grading.useRubric(assignmentId, chosen),
    { saved: "Rubric saved.", removed: "Rubric removed." },
  );

  return (
    <form className="reference-map-form" aria-label="Rubric" onSubmit={submit}>
      <label>
        Rubric
        <select
          name="rubricId"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          aria-describedby={error ? errorId("rubricId") : undefined}
        >
          <option value="">None</option>
          {rubrics.map((rubric) => (
            <option key={rubric.id} value={rubric.id}>
              {rubric.title}
            </option>
          ))}
        </select>
        <span className="meta">
          {rubrics.length === 0 ? "This course has no rubric yet: make one in the " : "Rubrics are made in the "}
          <Link href={`/courses/${courseId}/gradebook`}>grade book</Link>.
        </span>
      </label>
      <FieldError field="rubricId" message={error ?? undefined} />
      <button type="submit" disabled={busy}>
        Save rubric
      </button>
      <p role="status" className="meta">
        {saved}
      </p>
    </form>
  );
}
