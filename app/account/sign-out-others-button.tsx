"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "../_lib/api";
import { useAttempt } from "../_lib/use-attempt";

/** "Sign out other sessions": every browser of this account but this one must sign in again. */
export function SignOutOthersButton({ others }: { others: number }) {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();
  const [done, setDone] = useState<string | null>(null);

  function signOutOthers() {
    setDone(null);
    void attempt(async () => {
      const { endedSessions } = await api.users.signOutOtherSessions();
      setDone(endedSessions === 1 ? "Signed out 1 other session." : `Signed out ${endedSessions} other sessions.`);
      router.refresh();
    });
  }

  return (
    <div className="stack">
      <button type="button" onClick={signOutOthers} disabled={busy || others === 0}>
        Sign out other sessions
      </button>
      {others === 0 && !done && <p className="hint">No other session is signed in.</p>}
      <p role="status">{done}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
