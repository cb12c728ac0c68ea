"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { StudentMapChoice } from "@/lib/classroom/student-work";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";
import { useProgressRefresh } from "./use-progress-refresh";

type Props = { assignmentId: string; maps: StudentMapChoice[]; submittedMapId: string | null; submitted: boolean };

/**
 * The student's controls: the checklist kept current (useProgressRefresh)
 * or recounted from their work now, pick
 * the map to hand in (or none), and Submit — Resubmit once submitted, which
 * replaces the earlier snapshot while the late policy allows (the server's
 * refusal is shown as it gives it).
 */
export function SubmitPanel({ assignmentId, maps, submittedMapId, submitted }: Props) {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();
  const [mapId, setMapId] = useState(submittedMapId ?? maps[0]?.id ?? "");
  const [done, setDone] = useState<string | null>(null);
  useProgressRefresh();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    void attempt(async () => {
      const submission = await api.assignments.submit(assignmentId, mapId || null);
      setDone(submission.attempt > 1 ? `Resubmitted (attempt ${submission.attempt}).` : "Submitted.");
      router.refresh();
    });
  }

  return (
    <form className="submit-panel" onSubmit={submit} aria-label="Submit your work">
      <button type="button" className="secondary" onClick={() => router.refresh()} disabled={busy}>
        Check my progress
      </button>
      <label className="inline-label">
        Map to submit
        <select value={mapId} onChange={(event) => setMapId(event.target.value)}>
          <option value="">No map</option>
          {maps.map((map) => (
            <option key={map.id} value={map.id}>
              {map.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {submitted ? "Resubmit" : "Submit"}
      </button>
      <p role="status" className="meta">
        {done}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
