"use client";

import type { AnnotationView } from "@/lib/validation/annotation";
import { useKeptInside } from "../use-kept-inside";
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
  const { ref, style } = useKeptInside<HTMLDivElement>(position);
  return (
    <div ref={ref} role="status" className="caret-note" style={style}>
      <strong>{KIND_LABELS[annotation.kind]}</strong> · {annotation.author.name}
      {annotation.comment && <p>{annotation.comment}</p>}
    </div>
  );
}
