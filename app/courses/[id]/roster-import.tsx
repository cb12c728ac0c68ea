"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { MAX_ROSTER_BYTES } from "@/lib/validation/classroom";
import { api } from "../../_lib/api";
import { failureMessage } from "../../_lib/use-attempt";

type Outcome = { kind: "done"; text: string } | { kind: "failed"; summary: string; lines: string[] };

/**
 * "Import roster (CSV)": pasted or picked from a file, name,email,role per
 * line. All or nothing: when a line is wrong the server lists each bad
 * line (one per line of its message), shown here as a list to fix.
 */
export function RosterImport({ courseId }: { courseId: string }) {
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const { added, alreadyOnRoster } = await api.courses.importRoster(courseId, csv);
      const already = alreadyOnRoster === 0 ? "" : `; ${alreadyOnRoster} already on the roster`;
      setOutcome({ kind: "done", text: `Imported: ${added} added${already}.` });
      setCsv("");
      router.refresh();
    } catch (caught) {
      const [summary = "", ...lines] = failureMessage(caught, "The import did not work").split("\n");
      setOutcome({ kind: "failed", summary, lines });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="course-form roster-import" onSubmit={(event) => void submit(event)} aria-label="Import roster">
      <h3>Import roster (CSV)</h3>
      <p className="hint">
        One person per line: <code>name,email,role</code> (role: teacher, assistant or student; empty means student). A
        header line is optional. If any line is wrong, nothing is imported.
      </p>
      <label className="stacked-label">
        Import roster (CSV)
        <textarea
          name="csv"
          rows={6}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          maxLength={MAX_ROSTER_BYTES}
          spellCheck={false}
        />
      </label>
      <div className="row">
        <label className="inline-label">
          Or choose a CSV file
          <input type="file" accept=".csv,text/csv" onChange={(event) => void pick(event)} />
        </label>
        <button type="submit" disabled={busy || csv.trim() === ""}>
          Import
        </button>
      </div>
      {outcome?.kind === "done" && (
        <p role="status" className="muted">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === "failed" && (
        <div role="alert" className="form-error">
          <p>{outcome.summary}</p>
          {outcome.lines.length > 0 && (
            <ul aria-label="Lines to fix">
              {outcome.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
