"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { api } from "../_lib/api";
import { errorId, FieldError } from "../_lib/field-error";
import { useAttempt } from "../_lib/use-attempt";

/** "Join a course": the code a teacher gave; the reader joins as a student. */
export function JoinCourseForm() {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    void attempt(async () => router.push(`/courses/${(await api.courses.join(code)).id}`));
  }

  return (
    <form className="course-form" onSubmit={submit} aria-label="Join a course">
      <h2>Join a course</h2>
      <label className="inline-label">
        Join code
        <input
          name="code"
          required
          maxLength={20}
          autoComplete="off"
          spellCheck={false}
          className="join-code-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId("code") : undefined}
        />
      </label>
      <button type="submit" disabled={busy}>
        Join
      </button>
      <FieldError field="code" message={error ?? undefined} />
    </form>
  );
}
