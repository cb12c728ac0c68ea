"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "../../_lib/api";

/** Accepts the invite and goes to what it opened. */
export function AcceptInvite({ token, label }: { token: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      const accepted = await api.invites.accept(token);
      router.push(accepted.kind === "document" ? `/documents/${accepted.documentId}` : `/groups/${accepted.groupId}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The invite could not be accepted");
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" onClick={() => void accept()} disabled={busy}>
        {label}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}
