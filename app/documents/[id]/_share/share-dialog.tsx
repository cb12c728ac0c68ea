"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ShareRole } from "@/lib/auth/permissions";
import type { GroupSummary } from "@/lib/groups/list-groups";
import type { ShareList } from "@/lib/sharing/list-shares";
import type { ShareView } from "@/lib/sharing/share-view";
import { api } from "../../../_lib/api";
import { ROLE_LABELS, SHARE_ROLE_OPTIONS } from "./role-labels";
import { ShareLinks } from "./share-links";
import { ShareWithForm } from "./share-with-form";

const shareName = (share: ShareView) => (share.kind === "group" ? share.group.name : (share.name ?? share.email));

/**
 * The "Share" dialog: share with people by email or with groups, change or
 * remove their roles, and make or revoke share links.
 */
export function ShareDialog({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<ShareList | null>(null);
  const [groups, setGroups] = useState<GroupSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => setList(await api.shares.list(documentId)), [documentId]);
  const fail = useCallback(
    (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)),
    [],
  );

  const groupsLoaded = useRef<Promise<GroupSummary[]> | null>(null);
  const loadGroups = useCallback(() => (groupsLoaded.current ??= api.groups.list()), []);

  useEffect(() => {
    dialog.current?.showModal();
    refresh().catch(fail);
    loadGroups().then(setGroups).catch(fail);
  }, [refresh, fail, loadGroups]);

  async function change(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await refresh();
    } catch (caught) {
      fail(caught);
    }
  }

  return (
    <dialog ref={dialog} className="share-dialog" aria-label="Share" onClose={onClose}>
      <h2>Share</h2>
      <ShareWithForm
        groups={groups}
        loadGroups={loadGroups}
        onShare={async (input) => {
          await api.shares.create(documentId, input);
          await refresh();
        }}
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {!list ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <ul className="share-list" aria-label="People and groups with access">
            <li>
              <span>{list.owner.name}</span>
              <span className="muted">{ROLE_LABELS.owner}</span>
            </li>
            {list.shares.map((share) => (
              <li key={share.id}>
                <span>
                  {shareName(share)}
                  {share.kind === "group" && <span className="muted"> · group</span>}
                  {share.kind === "person" && share.invited && <span className="muted"> · invited</span>}
                </span>
                <span className="row">
                  <select
                    aria-label={`Role of ${shareName(share)}`}
                    value={share.role}
                    onChange={(event) =>
                      void change(() => api.shares.update(documentId, share.id, event.target.value as ShareRole))
                    }
                  >
                    {SHARE_ROLE_OPTIONS}
                  </select>
                  <button
                    type="button"
                    className="link-button danger-text"
                    aria-label={`Remove ${shareName(share)}`}
                    onClick={() => void change(() => api.shares.remove(documentId, share.id))}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <ShareLinks documentId={documentId} links={list.links} onChange={refresh} onError={fail} />
        </>
      )}
      <div className="row end">
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </div>
    </dialog>
  );
}
