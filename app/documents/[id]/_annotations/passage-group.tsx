"use client";

import type { ReactNode } from "react";
import { shortText } from "@/lib/argument/statement-text";
import { countText } from "@/lib/format/count-text";

const QUOTE_PREVIEW = 120;

type Props = {
  /** The passage's text (its first annotation's quote). */
  passage: string;
  count: number;
  /** How many different readers made them. */
  readers: number;
  expanded: boolean;
  onToggle: () => void;
  /** The annotations' margin items, drawn only when expanded. */
  children: ReactNode;
};

/** What the group's button says: "12 readers tagged this", or how many annotations by how many readers. */
export function groupSummary(count: number, readers: number): string {
  const many = countText;
  if (readers === count) return `${many(count)} readers tagged this`;
  return `${many(count)} annotations by ${readers === 1 ? "1 reader" : `${many(readers)} readers`} on this`;
}

/**
 * Many annotations on one passage, as one margin entry: a button says how
 * many and quotes the passage, and opens the list of them (each the usual
 * margin item), so every one stays reachable without thirty entries quoting
 * the same sentence.
 */
export function PassageGroup(props: Props) {
  const summary = groupSummary(props.count, props.readers);
  return (
    <li className="passage-group">
      <button type="button" className="passage-group-summary" aria-expanded={props.expanded} onClick={props.onToggle}>
        <span className="passage-group-count">{summary}</span>{" "}
        <q className="item-quote">{shortText(props.passage, QUOTE_PREVIEW)}</q>
      </button>
      {props.expanded && (
        <ol className="annotation-list passage-group-list" aria-label={summary}>
          {props.children}
        </ol>
      )}
    </li>
  );
}
