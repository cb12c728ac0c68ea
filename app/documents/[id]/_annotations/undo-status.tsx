"use client";

import type { UndoStatus as Status } from "./use-annotation-undo";

type Props = { status: Status | null; onUndo: () => void; onRedo: () => void; onDismiss: () => void };

/**
 * The last undoable step in one line ("Annotation deleted · Undo"), with the
 * button that takes it back or does it again. A polite live region that is
 * always there, so screen readers hear each new step. Shown at the foot of
 * the screen, where the reader sees it wherever they acted (a delete far
 * down the margin), until the next step or "Dismiss".
 */
export function UndoStatus({ status, onUndo, onRedo, onDismiss }: Props) {
  return (
    <div role="status" aria-live="polite" className={`undo-status${status?.failed ? " is-failed" : ""}`}>
      {status && (
        <>
          <span className="undo-status-message">{status.message}</span>
          {status.offer && (
            <>
              <span aria-hidden="true">·</span>
              <button type="button" className="link-button" onClick={status.offer === "undo" ? onUndo : onRedo}>
                {status.offer === "undo" ? "Undo" : "Redo"}
              </button>
            </>
          )}
          <button type="button" className="link-button undo-status-dismiss" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
