import type { TextTarget } from "../validation/annotation";
import { matchQuote } from "./match-quote";
import type { MatchQuoteOptions } from "./match-quote";
import type { TextIndex } from "./text-index";
import type { Anchor, AnchorStatus } from "./types";

function statusOf(text: string, target: TextTarget, start: number, end: number): AnchorStatus {
  if (text.slice(start, end) !== target.exact) return "fuzzy";
  return start === target.start && end === target.end ? "exact" : "moved";
}

/**
 * Resolves a stored target in the document `index` describes: `matchQuote`
 * over `index.text`, then the offsets to ProseMirror positions (the start
 * with bias "start", the end with "end", so that a match touching a block
 * boundary stays inside its blocks). The status says whether the quote was
 * found where it was recorded ("exact"), verbatim elsewhere ("moved"), or
 * only approximately ("fuzzy").
 *
 * Returns null — the annotation is orphaned — when the quote cannot be
 * placed (see `matchQuote`) or the match holds no position of text.
 */
export function anchor(index: TextIndex, target: TextTarget, options?: MatchQuoteOptions): Anchor | null {
  const match = matchQuote(index.text, target, options);
  if (match === null) return null;
  const from = index.toPos(match.start, "start");
  // Stryker disable next-line StringLiteral: equivalent, toPos reads every bias but "start" as "end".
  const to = index.toPos(match.end, "end");
  if (from >= to) return null;
  return { from, to, status: statusOf(index.text, target, match.start, match.end) };
}
