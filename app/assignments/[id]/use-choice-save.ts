"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useAttempt } from "../../_lib/use-attempt";

/**
 * One choice of an assignment's settings (its rubric, its reference map),
 * "" for none: saved with `save`, said in the status line with `saidAs`,
 * then the page re-read so everything else on it follows.
 */
export function useChoiceSave(
  initial: string | null,
  save: (chosen: string | null) => Promise<unknown>,
  saidAs: { saved: string; removed: string },
) {
  const router = useRouter();
  const [chosen, setChosen] = useState(initial ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const { error, busy, attempt } = useAttempt();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    void attempt(async () => {
      await save(chosen || null);
      setSaved(chosen ? saidAs.saved : saidAs.removed);
      router.refresh();
    });
  }

  return { chosen, setChosen, saved, error, busy, submit };
}
