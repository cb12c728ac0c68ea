"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { MAX_COURSE_NAME } from "@/lib/validation/classroom";
import { api } from "../_lib/api";
import { useAttempt } from "../_lib/use-attempt";

/** The zones this browser knows, its own first; UTC when it cannot list them. */
function timeZones(own: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  return [own, ...known.filter((zone) => zone !== own)];
}

/** "New course": a name and the time zone due dates are given in (the browser's by default). */
export function NewCourseForm() {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();
  // The browser's zone is known only in the browser: the server renders UTC, then this corrects it.
  const [ownZone, setOwnZone] = useState("UTC");
  useEffect(() => setOwnZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    const timeZone = String(form.get("timeZone") ?? "UTC");
    void attempt(async () => router.push(`/courses/${(await api.courses.create(name, timeZone)).id}`));
  }

  return (
    <form className="course-form" onSubmit={submit} aria-label="New course">
      <h2>New course</h2>
      <label className="inline-label">
        Course name
        <input name="name" required maxLength={MAX_COURSE_NAME} />
      </label>
      <label className="inline-label">
        Time zone
        <select name="timeZone" key={ownZone} defaultValue={ownZone}>
          {timeZones(ownZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        Create course
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
