"use client";

import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import { useKeptInside } from "../use-kept-inside";
import { KIND_LABELS, KIND_SHORTCUTS } from "./kinds";

type Props = {
  /** Where to draw it, in pixels relative to the reading column. */
  position: { top: number; left: number };
  busy: boolean;
  onTag: (kind: AnnotationKind) => void;
};

/** The row of kind buttons that appears by a text selection. */
export function SelectionToolbar({ position, busy, onTag }: Props) {
  const { ref, style } = useKeptInside<HTMLDivElement>(position);
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Annotate selection"
      className="selection-toolbar"
      style={style}
      // Keep the text selection: a mousedown on a button would otherwise clear it.
      onMouseDown={(event) => event.preventDefault()}
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
        >
          {KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
