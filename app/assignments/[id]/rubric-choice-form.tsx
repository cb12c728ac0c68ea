"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api } from "../../_lib/api";
import { errorId, FieldError } from "../../_lib/field-error";
import { useAttempt } from "../../_lib/use-attempt";

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
  const router = useRouter();
  const [chosen, setChosen] = useState(rubricId ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const { error, busy, attempt } = useAttempt();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    void attempt(async () => {
      await api.grading.useRubric(assignmentId, chosen || null);
      setSaved(chosen ? "Rubric saved." : "Rubric removed.");
      router.refresh();
    });
  }

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
