"use client";

import { useCallback, useState } from "react";

/** The sentence to show for a failed action: the server's, without the "field: " it starts with. */
export function failureMessage(caught: unknown, fallback = "That did not work"): string {
  return caught instanceof Error ? caught.message.replace(/^[\w.]+: /, "") : fallback;
}

/**
 * Runs user actions one at a time and keeps the last failure's message to
 * show (cleared when the next action starts); `busy` is true while one runs.
 */
export function useAttempt() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(failureMessage(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { error, busy, attempt };
}
