import { QUOTE_CONTEXT_LENGTH } from "../validation/annotation";
import type { TextTarget } from "../validation/annotation";
import { splitsSurrogatePair } from "./surrogate-pairs";

/**
 * The selectors for offsets `start`…`end` (`end` exclusive, code units)
 * of `text`: the quote, up to QUOTE_CONTEXT_LENGTH code units of context
 * on each side, and the offsets. An end that falls inside a surrogate pair
 * is widened to take the whole character; a context string is shortened
 * by one unit rather than cut through one, so no part is ever an
 * ill-formed string. Use it to save a target at a new place (after
 * `matchQuote` or a mapped edit) exactly as `describeRange` would cut it.
 *
 * Throws a RangeError unless 0 <= start < end <= text.length. `exact` is
 * not capped at MAX_QUOTE_LENGTH; validating the target is the caller's.
 */
export function targetAt(text: string, start: number, end: number): TextTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`Invalid text range ${start}…${end} (text length ${text.length})`);
  }
  if (splitsSurrogatePair(text, start)) start--;
  if (splitsSurrogatePair(text, end)) end++;
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}
