import type { TextTarget } from "../validation/annotation";
import { targetAt } from "./target-at";
import type { TextIndex } from "./text-index";

// A reader's selection often starts or ends in the space around a word, or
// on a block boundary (a triple click selects a paragraph up to the next
// one). That whitespace is not what they meant to quote, and a selector
// that began with it would fail to match after a re-import that collapsed
// it, so it is trimmed before the selector is cut.

const WHITESPACE = /\s/;

/**
 * The W3C selectors (TextQuoteSelector and TextPositionSelector in one
 * TextTarget) for the ProseMirror range `from`…`to` of `index.doc`: the
 * range's text with leading and trailing whitespace trimmed, its offsets
 * into the plain-text projection (`end` exclusive, UTF-16 code units) and
 * up to QUOTE_CONTEXT_LENGTH code units of context on each side, cut by
 * `targetAt` so that no surrogate pair is split.
 *
 * Returns null when the range holds nothing but whitespace — an empty or
 * reversed range, or one between blocks. Throws a RangeError when `from`
 * or `to` lies outside the document.
 */
export function describeRange(index: TextIndex, from: number, to: number): TextTarget | null {
  const { text } = index;
  // Stryker disable next-line StringLiteral: equivalent, toOffset reads every bias but "end" as "start".
  let start = index.toOffset(from, "start");
  // Stryker disable next-line StringLiteral: equivalent, "start" would put an end between blocks at the next block's text, past only whitespace that is trimmed below.
  let end = index.toOffset(to, "end");
  // The bounds only stop the scans early: a scan can cross the other end only
  // over whitespace, when the range holds nothing else and the answer is null.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above.
  while (start < end && WHITESPACE.test(text[start])) start++;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above.
  while (end > start && WHITESPACE.test(text[end - 1])) end--;
  return start < end ? targetAt(text, start, end) : null;
}
