"use client";

import { useEffect, useRef, useState } from "react";
import type { listMapVersions } from "@/lib/maps/map-history";
import { api } from "../../../_lib/api";

type MapVersionSummary = Awaited<ReturnType<typeof listMapVersions>>[number];

type Props = { mapId: string; canEdit: boolean; onRestore: (version: number) => Promise<void>; onClose: () => void };

/** The map's versions with time and author; restoring one saves it again as the newest. */
export function HistoryDialog({ mapId, canEdit, onRestore, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<MapVersionSummary[] | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    void api.maps.versions(mapId).then(setVersions);
  }, [mapId]);

  return (
    <dialog ref={dialog} className="history-dialog" aria-label="History" onClose={onClose}>
      <h3>History</h3>
      {!versions ? (
        <p>Loading…</p>
      ) : (
        <ol className="history-list">
          {versions.map((v, i) => (
            <li key={v.version}>
              <span>
                Version {v.version} · {new Date(v.createdAt).toLocaleString()} · {v.author.name}
                {v.restoredFrom ? ` · restored from version ${v.restoredFrom}` : ""}
              </span>
              {canEdit && i > 0 && (
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Restore version ${v.version}`}
                  onClick={() => void onRestore(v.version).then(() => dialog.current?.close())}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
