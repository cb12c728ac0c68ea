"use client";

import { LINK_TEXT_LENGTH, linkPhrase, type AnnotationLink } from "@/lib/argument/annotation-links";
import { shortText } from "@/lib/argument/statement-text";
import type { Relation } from "@/lib/validation/argument-map";

/** Each relation's symbol, beside its words and colour, so no one of them carries the meaning alone. */
const SYMBOLS: Record<Relation, string> = { supports: "✓", attacks: "✗", undercuts: "↯" };

type Props = {
  links: readonly AnnotationLink[];
  /** Whether the annotation at a link's other end can be shown (it is in the margin). */
  canReveal: (annotationId: string) => boolean;
  /** Shows the annotation at a link's other end: selects it and scrolls to it. */
  onReveal: (annotationId: string) => void;
};

/**
 * An annotation's links in the open map, one chip each: symbol, relation
 * in words from this annotation's side, direction arrow, and the other
 * statement. A chip whose other end is an annotation in the margin is a
 * button that goes to it.
 */
export function LinkChips({ links, canReveal, onReveal }: Props) {
  if (links.length === 0) return null;
  return (
    <ul className="link-chips" aria-label="Links">
      {links.map((link, i) => {
        const content = (
          <>
            {/* Real spaces, so the text and the accessible name read as words; the one before the arrow does not break. */}
            <span className="link-symbol" aria-hidden="true">
              {SYMBOLS[link.relation]}
            </span>{" "}
            <span className="link-phrase">{linkPhrase(link)}</span>
            {"\u00a0"}
            <span className="link-arrow" aria-hidden="true">
              {link.direction === "outgoing" ? "→" : "←"}
            </span>{" "}
            <q className="link-other">{shortText(link.other.text, LINK_TEXT_LENGTH)}</q>
          </>
        );
        const other = link.other.annotationId;
        const className = `link-chip relation-${link.relation}`;
        return (
          // A statement may be linked to the same one twice (support and attack), so the index is part of the key.
          <li key={`${i}-${link.relation}-${other ?? link.other.text}`}>
            {other && canReveal(other) ? (
              <button type="button" className={className} onClick={() => onReveal(other)}>
                {content}
              </button>
            ) : (
              <span className={className}>{content}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
