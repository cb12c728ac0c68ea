"use client";

import { useEffect, useState } from "react";
import type { MapSummary } from "@/lib/maps/map-summaries";
import { api } from "../../_lib/api";
import { failureMessage } from "../../_lib/use-attempt";

type Props = {
  documentId: string;
  value: string;
  onChange: (mapId: string) => void;
  describedBy?: string;
};

/**
 * "Reference map": the teacher's own maps of the reading (the only ones an
 * assignment may take, the server checks again), or "None". Others' maps are
 * left out: a reference map is the teacher's expected answer. Reloaded when
 * the reading changes.
 */
export function ReferenceMapSelect({ documentId, value, onChange, describedBy }: Props) {
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setMaps(null);
    setProblem(null);
    if (!documentId) return;
    api.maps
      .list(documentId)
      .then((all) => current && setMaps(all.filter((map) => map.isOwn)))
      .catch((caught) => current && setProblem(failureMessage(caught, "Your maps could not be loaded")));
    return () => {
      current = false;
    };
  }, [documentId]);

  return (
    <label>
      Reference map
      <select
        name="referenceMapId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-busy={maps === null && !problem}
      >
        <option value="">None</option>
        {maps?.map((map) => (
          <option key={map.id} value={map.id}>
            {map.title}
          </option>
        ))}
      </select>
      <span className="meta">
        {problem ??
          (maps?.length === 0
            ? "You have no map of this reading yet: build or import one in the reader."
            : "One of your maps of this reading; students see it only if you release it with the grades.")}
      </span>
    </label>
  );
}
