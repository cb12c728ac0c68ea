"use client";

import { api } from "../../_lib/api";
import { errorId, FieldError } from "../../_lib/field-error";
import { useChoiceSave } from "./use-choice-save";
import { ReferenceMapSelect } from "../_reference-map/reference-map-select";

type Props = { assignmentId: string; documentId: string; referenceMapId: string | null };

/**
 * A teacher changes the assignment's reference map (the expected answer the
 * auto-feedback compares each student's map with) or removes it.
 */
export function ReferenceMapForm({ assignmentId, documentId, referenceMapId }: Props) {
  const { chosen, setChosen, saved, error, busy, submit } = useChoiceSave(
    referenceMapId,
    (chosen) => api.assignmentSettings.update(assignmentId, { referenceMapId: chosen }),
    { saved: "Reference map saved.", removed: "Reference map removed." },
  );

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
