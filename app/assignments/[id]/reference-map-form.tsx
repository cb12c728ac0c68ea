"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api } from "../../_lib/api";
import { errorId, FieldError } from "../../_lib/field-error";
import { useAttempt } from "../../_lib/use-attempt";
import { ReferenceMapSelect } from "../_reference-map/reference-map-select";

type Props = { assignmentId: string; documentId: string; referenceMapId: string | null };

/**
 * A teacher changes the assignment's reference map (the expected answer the
 * auto-feedback compares each student's map with) or removes it.
 */
export function ReferenceMapForm({ assignmentId, documentId, referenceMapId }: Props) {
  const router = useRouter();
  const [chosen, setChosen] = useState(referenceMapId ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const { error, busy, attempt } = useAttempt();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    void attempt(async () => {
      await api.assignmentSettings.update(assignmentId, { referenceMapId: chosen || null });
      setSaved(chosen ? "Reference map saved." : "Reference map removed.");
      router.refresh();
    });
  }

  return (
    <form className="reference-map-form" aria-label="Reference map" onSubmit={submit}>
      <ReferenceMapSelect
        documentId={documentId}
        value={chosen}
        onChange={setChosen}
        describedBy={error ? errorId("referenceMapId") : undefined}
      />
      <FieldError field="referenceMapId" message={error ?? undefined} />
      <button type="submit" disabled={busy}>
        Save reference map
      </button>
      <p role="status" className="meta">
        {saved}
      </p>
    </form>
  );
}
