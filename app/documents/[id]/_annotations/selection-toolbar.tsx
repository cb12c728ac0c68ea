"use client";

import { useRef, type TouchEvent } from "react";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import { useKeptInside } from "../use-kept-inside";
import { KIND_LABELS, KIND_SHORTCUTS } from "./kinds";

type Props = {
  /** Where to draw it, in pixels relative to the reading column. */
  position: { top: number; left: number };
  busy: boolean;
  onTag: (kind: AnnotationKind) => void;
};

/** How far a finger may move on a button and still tap it, not scroll. */
const TAP_SLOP_PX = 10;

/** The row of kind buttons that appears by a text selection. */
export function SelectionToolbar({ position, busy, onTag }: Props) {
  const { ref, style } = useKeptInside<HTMLDivElement>(position);
  const touchStart = useRef<{ x: number; y: number } | null>(null);

  // A tap's default action clears the text selection before the click
  // arrives, which takes this toolbar and the passage away: a tap tags on
  // touchend and cancels that default (and so the click that would follow).
  const tapped = (kind: AnnotationKind) => (event: TouchEvent) => {
    const start = touchStart.current;
    const touch = event.changedTouches[0];
    if (!start || !touch || busy) return;
    if (Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > TAP_SLOP_PX) return;
    event.preventDefault();
    onTag(kind);
  };
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Annotate selection"
      className="selection-toolbar"
      style={style}
      // Keep the text selection: a mousedown on a button would otherwise clear it.
      onMouseDown={(event) => event.preventDefault()}
      onTouchStart={(event) => {
        const touch = event.touches[0];
        touchStart.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
      }}
    >
      {ANNOTATION_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`kind-button kind-${kind}`}
          title={`Tag as ${KIND_LABELS[kind]} (${KIND_SHORTCUTS[kind]})`}
          aria-keyshortcuts={KIND_SHORTCUTS[kind]}
          disabled={busy}
          onClick={() => onTag(kind)}
          onTouchEnd={tapped(kind)}
        >
          {KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
