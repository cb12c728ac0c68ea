"use client";

import type { AnnotationView } from "@/lib/validation/annotation";
import { KIND_LABELS } from "./kinds";

type Props = {
  annotation: AnnotationView;
  /** Where to draw it, in pixels relative to the reading column. */
  position: { top: number; left: number };
};

/**
 * What a highlight is — kind, author, comment — shown by the caret when a
 * keyboard reader moves into it: the counterpart of the highlight's hover
 * title. A status, so screen readers announce it.
 */
export function CaretNote({ annotation, position }: Props) {
  return (
    <div role="status" className="caret-note" style={{ top: position.top, left: position.left }}>
      <strong>{KIND_LABELS[annotation.kind]}</strong> · {annotation.author.name}
      {annotation.comment && <p>{annotation.comment}</p>}
    </div>
  );
}
