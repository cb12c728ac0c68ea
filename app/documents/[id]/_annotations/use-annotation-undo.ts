"use client";

import { useCallback, useMemo, useState } from "react";
import { UndoHistory, type HistoryStep, type ReaderAction } from "@/lib/annotations/undo-history";

/** The status line's last step: what happened, and the button that takes it back (or does it again). */
export type UndoStatus = { message: string; offer: "undo" | "redo" | null; failed: boolean };

type Direction = "undo" | "redo";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function statusOf(step: HistoryStep): UndoStatus {
  switch (step.outcome) {
    case "undone":
      return { message: `Undid: ${lowerFirst(step.action.label)}`, offer: "redo", failed: false };
    case "redone":
      return { message: `Redid: ${lowerFirst(step.action.label)}`, offer: "undo", failed: false };
    case "refused":
      return { message: `Not undone: ${step.reason}`, offer: null, failed: true };
    case "nothing":
      return { message: "Nothing to undo or redo", offer: null, failed: false };
  }
}

/** Whether focus is in a field, whose own native undo keeps Ctrl/Cmd+Z. */
function inField(event: KeyboardEvent): boolean {
  return event.target instanceof HTMLElement && !!event.target.closest("input, textarea, select");
}

/**
 * Undo and redo of the reader's margin actions (lib/annotations/undo-history),
 * with the status line saying what the last step did. Ctrl/Cmd+Z undoes,
 * Ctrl/Cmd+Shift+Z and Ctrl+Y redo, outside text fields. Any edit of the
 * text in between forgets every step (`forgetOnEdit`), so Ctrl+Z after
 * typing is always the editor's own text undo and never reaches past the
 * typing to an annotation.
 */
export function useAnnotationUndo() {
  const [history] = useState(() => new UndoHistory());
  const [status, setStatus] = useState<UndoStatus | null>(null);

  const record = useCallback(
    (action: ReaderAction) => {
      history.record(action);
      setStatus({ message: action.label, offer: "undo", failed: false });
    },
    [history],
  );

  const forgetOnEdit = useCallback(() => {
    history.clear();
    setStatus((shown) => (shown?.offer ? { ...shown, offer: null } : shown));
  }, [history]);

  /** The direction a key press asks for, when there is a step to take that way; else null (the key is not ours). */
  const handles = useCallback(
    (event: KeyboardEvent): Direction | null => {
      if (inField(event) || event.altKey || !(event.ctrlKey || event.metaKey)) return null;
      const key = event.key.toLowerCase();
      const direction =
        key === "z"
          ? event.shiftKey
            ? "redo"
            : "undo"
          : key === "y" && event.ctrlKey && !event.shiftKey
            ? "redo"
            : null;
      if (direction === "undo" && history.canUndo) return "undo";
      if (direction === "redo" && history.canRedo) return "redo";
      return null;
    },
    [history],
  );

  /** Takes one step; a failure keeps the step and says the server's reason, offering to try again. */
  const run = useCallback(
    async (direction: Direction) => {
      try {
        setStatus(statusOf(await (direction === "undo" ? history.undo() : history.redo())));
      } catch (caught) {
        const reason = caught instanceof Error ? caught.message : "something went wrong";
        setStatus({ message: `Could not ${direction}: ${reason}`, offer: direction, failed: true });
      }
    },
    [history],
  );

  /** Hides the status line; the steps stay (Ctrl/Cmd+Z still takes them back). */
  const dismiss = useCallback(() => setStatus(null), []);

  return useMemo(
    () => ({ record, forgetOnEdit, handles, run, status, dismiss }),
    [record, forgetOnEdit, handles, run, status, dismiss],
  );
}
