"use client";

import { useId, useState } from "react";
import type { ShareList } from "@/lib/sharing/list-shares";
import type { ShareRole } from "@/lib/auth/permissions";
import { api } from "../../../_lib/api";
import { ROLE_LABELS, SHARE_ROLE_OPTIONS } from "./role-labels";

type Props = {
  documentId: string;
  links: ShareList["links"];
  onChange: () => Promise<void>;
  onError: (error: unknown) => void;
};

/** Copies `text`; false where the browser refuses (no permission, or not a secure page). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Share links: "Copy link" makes a new link with the chosen role and copies
 * it (shown once, as the server keeps only its hash); each working link can
 * be revoked, which ends it for everyone at once.
 */
export function ShareLinks({ documentId, links, onChange, onError }: Props) {
  const [role, setRole] = useState<ShareRole>("viewer");
  const [made, setMade] = useState<{ url: string; copied: boolean } | null>(null);
  const roleId = useId();

  async function makeLink() {
    try {
      const link = await api.shares.createLink(documentId, role);
      setMade({ url: link.url, copied: await copyText(link.url) });
      await onChange();
    } catch (caught) {
      onError(caught);
    }
  }

  return (
    <section className="share-links" aria-labelledby="share-links-heading">
      <h3 id="share-links-heading">Share links</h3>
      <div className="row">
        <span className="inline-label">
          <label htmlFor={roleId}>Link role</label>
          <select id={roleId} value={role} onChange={(event) => setRole(event.target.value as ShareRole)}>
            {SHARE_ROLE_OPTIONS}
          </select>
        </span>
        <button type="button" className="secondary" onClick={() => void makeLink()}>
          Copy link
        </button>
      </div>
      {made && (
        <label className="stack compact">
          {made.copied ? "Copied. Anyone signed in who opens it gets its role:" : "Copy this link:"}
          <input readOnly value={made.url} aria-label="New share link" onFocus={(event) => event.target.select()} />
        </label>
      )}
      {links.length > 0 && (
        <ul className="share-list" aria-label="Working share links">
          {links.map((link, index) => (
            <li key={link.id}>
              <span>
                Link {index + 1} · {ROLE_LABELS[link.role]} ·{" "}
                {link.uses === 1 ? "opened by 1 person" : `opened by ${link.uses} people`}
              </span>
              <button
                type="button"
                className="link-button danger-text"
                aria-label={`Revoke link ${index + 1}`}
                onClick={() => void api.shares.revokeLink(documentId, link.id).then(onChange).catch(onError)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
