import type { TextTarget } from "../validation/annotation";
import { MAX_APPROXIMATE_QUOTE, type WorkMeter } from "./match-budget";
import { approximateSearch } from "./myers-search";
import { splitsSurrogatePair } from "./surrogate-pairs";

// Where a quote might be: its exact occurrences, and approximate matches
// found with Myers' bit-parallel algorithm (myers-search.ts). Judging
// the candidates is match-quote.ts's business; this file only finds them,
// within a range of the text, so that the search can go from near to far.
// All the work is charged to a WorkMeter (match-budget.ts), which stops a
// search that would cost too much.

/** A place in the text that may hold the quote, and the edits it differs by. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

// Hypothesis's cap: the search costs O(maxErrors / 32) per code unit.
const MAX_ERRORS = 256;
// Myers' search reports only the fewest-edit matches of a search;
// searching in chunks keeps the best of each region as a candidate, so
// that context can prefer a slightly worse match in the right place.
const CHUNK = 2048;

/**
 * The edits allowed when looking for a quote of `length` code units:
 * a quarter of it (none below four units), at most 256 — and none above
 * MAX_APPROXIMATE_QUOTE units, which are only matched verbatim.
 */
export function errorBudget(length: number): number {
  return length > MAX_APPROXIMATE_QUOTE ? 0 : editsAllowed(length);
}

/** A quarter of `length`, at most 256. */
function editsAllowed(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length / 4));
}

/**
 * Every occurrence of `quote` that lies within `from`…`to` of `text`: each
 * charged to `meter` as a block of work, so that a text of nothing but the
 * quote over and over stops at the budget too.
 */
export function exactCandidates(text: string, quote: string, from: number, to: number, meter: WorkMeter): Candidate[] {
  const found: Candidate[] = [];
  const area = text.slice(from, to); // the whole text itself when from…to is all of it
  meter.charge(Math.ceil(area.length / 32));
  for (let at = area.indexOf(quote); at !== -1; at = area.indexOf(quote, at + 1)) {
    meter.charge(Math.ceil(quote.length / 32));
    found.push({ start: from + at, end: from + at + quote.length, errors: 0 });
  }
  return found;
}

/** The chunk size searching for `pattern` with `maxErrors` edits. */
function stepFor(pattern: string, maxErrors: number): number {
  return Math.max(CHUNK, 4 * (pattern.length + maxErrors));
}

function approximateMatches(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxErrors: number,
  meter: WorkMeter,
): Candidate[] {
  const found: Candidate[] = [];
  // Chunks overlap by the longest possible match, so none is cut in two.
  const overlap = pattern.length + maxErrors;
  const step = stepFor(pattern, maxErrors);
  // Stryker disable next-line EqualityOperator: chunk reaches `to` only when from === to (the loop breaks at chunkEnd === to), and "<=" would then search "" and find nothing.
  for (let chunk = from; chunk < to; chunk += step) {
    const chunkEnd = Math.min(to, chunk + step + overlap);
    for (const match of approximateSearch(text.slice(chunk, chunkEnd), pattern, maxErrors, meter)) {
      let start = chunk + match.start;
      let end = chunk + match.end;
      if (splitsSurrogatePair(text, start)) start--;
      if (splitsSurrogatePair(text, end)) end++;
      found.push({ start, end, errors: match.errors });
    }
    if (chunkEnd === to) break;
  }
  return found;
}

/**
 * Approximate matches of `quote` within `from`…`to` of `text`, with at
 * most errorBudget(quote.length) edits, never splitting a surrogate pair:
 * the fewest-edit matches of each chunk of the range (at most MAX_MATCHES
 * of a chunk's). Empty when the quote is shorter than four code units or
 * longer than MAX_APPROXIMATE_QUOTE.
 */
export function approximateCandidates(
  text: string,
  quote: string,
  from: number,
  to: number,
  meter: WorkMeter,
): Candidate[] {
  const maxErrors = errorBudget(quote.length);
  return maxErrors === 0 ? [] : approximateMatches(text, quote, from, to, maxErrors, meter);
}

/**
 * Of the matches of `pattern` in `text.slice(from, to)`, the one whose `side`
 * is nearest `at`; null when there is none, as for an empty `pattern`.
 */
function nearest(
  text: string,
  pattern: string,
  from: number,
  to: number,
  at: number,
  side: "start" | "end",
  meter: WorkMeter,
) {
  let best: Candidate | null = null;
  for (const match of approximateSearch(text.slice(from, to), pattern, pattern.length, meter)) {
    const found = { start: from + match.start, end: from + match.end, errors: match.errors };
    if (best === null || Math.abs(found[side] - at) < Math.abs(best[side] - at)) best = found;
  }
  return best;
}

/**
 * The edits that turn `quote` into all of `text` — an upper bound, text
 * left unmatched counting as deleted — or Infinity beyond `maxErrors`.
 */
function editsTo(text: string, quote: string, maxErrors: number, meter: WorkMeter): number {
  let fewest = Infinity;
  for (const match of approximateSearch(text, quote, maxErrors, meter)) {
    fewest = Math.min(fewest, match.errors + match.start + text.length - match.end);
  }
  return fewest;
}

/**
 * Where the quote lies in `region`, a match of prefix + quote + suffix:
 * from where the prefix ends to where the suffix begins.
 */
function cut(text: string, { prefix, suffix }: TextTarget, region: Candidate, meter: WorkMeter): [number, number] {
  // The region's edits may lie anywhere, so each end is looked for that far
  // around where it would be without them.
  const { start, end, errors } = region;
  const prefixEnd = start + prefix.length;
  const suffixStart = end - suffix.length;
  const head = nearest(text, prefix, start, Math.min(end, prefixEnd + errors), prefixEnd, "end", meter);
  const tail = nearest(text, suffix, Math.max(start, suffixStart - errors), end, suffixStart, "start", meter);
  let quoteStart = head?.end ?? start;
  let quoteEnd = tail?.start ?? end;
  if (splitsSurrogatePair(text, quoteStart)) quoteStart--;
  if (splitsSurrogatePair(text, quoteEnd)) quoteEnd++;
  return [quoteStart, quoteEnd];
}

/**
 * Candidates found through the context: the best approximate matches of
 * prefix + quote + suffix, each cut where its prefix ends and its suffix
 * begins, kept when the quote needs at most errorBudget(exact.length)
 * edits to become the text between. They find an edited passage that its
 * quote alone matches worse than some other text (an intact copy of a
 * short quote, a rule of dashes), and cut it where the context says.
 *
 * Such a match can only lie near text that the quote alone matches within
 * its budget, so only the parts of `from`…`to` near `quoteMatches` (what
 * `approximateCandidates` found over a range covering `from`…`to`) are
 * searched. Empty when there are none, when the target has no context, or
 * when its quote is under four units.
 */
export function contextualCandidates(
  text: string,
  target: TextTarget,
  from: number,
  to: number,
  quoteMatches: readonly Candidate[],
  meter: WorkMeter,
): Candidate[] {
  const { prefix, exact, suffix } = target;
  const maxErrors = errorBudget(exact.length);
  if (maxErrors === 0 || prefix.length + suffix.length === 0) return [];
  const whole = prefix + exact + suffix;
  const wholeErrors = editsAllowed(whole.length);
  // A quote match's chunk, widened by the longest match of the whole.
  const margin = stepFor(exact, maxErrors) + whole.length + wholeErrors;
  const areas: [number, number][] = [];
  for (const match of [...quoteMatches].sort((a, b) => a.start - b.start)) {
    const area: [number, number] = [Math.max(from, match.start - margin), Math.min(to, match.end + margin)];
    const last = areas[areas.length - 1];
    // An empty or inverted area (a match outside from…to) searches nothing, and
    // the areas after it, starting no earlier, do not merge into it.
    if (last !== undefined && area[0] <= last[1]) last[1] = Math.max(last[1], area[1]);
    else areas.push(area);
  }
  const found: Candidate[] = [];
  for (const [areaStart, areaEnd] of areas) {
    for (const region of approximateMatches(text, whole, areaStart, areaEnd, wholeErrors, meter)) {
      const [start, end] = cut(text, target, region, meter);
      // A cut whose ends meet or cross holds "", which no edits within the budget turn into the quote.
      const errors = editsTo(text.slice(start, end), exact, maxErrors, meter);
      if (errors <= maxErrors) found.push({ start, end, errors });
    }
  }
  return found;
}
