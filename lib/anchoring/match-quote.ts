import type { TextTarget } from "../validation/annotation";
import { collapsedOffset, collapseWhitespace, type CollapsedText } from "./collapsed-whitespace";
import { MatchBudget, WorkBudgetExceeded, type WorkMeter } from "./match-budget";
import { approximateSearch } from "./myers-search";
import { approximateCandidates, contextualCandidates, errorBudget, exactCandidates } from "./quote-candidates";
import type { Candidate } from "./quote-candidates";
import type { QuoteMatch } from "./types";

// Finding a quote again, after Hypothesis's match-quote.ts: the recorded
// offsets if the quote is still there, else the quote's exact occurrences,
// else approximate matches (Myers' bit-parallel algorithm,
// myers-search.ts), each candidate judged by how well the quote, the
// prefix and the suffix agree with the text there. Unlike Hypothesis:
//
// - Position weighs as much as the text. A candidate's cost is the edits
//   that quote, prefix and suffix need to match there, plus one edit for
//   each doubling of its distance from the old start (in units of 64): so
//   a passage edited in place beats an intact copy of it a few kilobytes
//   off — as it must where a document repeats itself (a figure's rules,
//   boilerplate, the 100-fold benchmark text) — while a perfect match far
//   away still beats a poor one nearby.
// - The search goes from near to far. Once a candidate is known, only text
//   near enough for a candidate there to cost less is searched, so most
//   passages are found in the few kilobytes around their old offsets.
// - A threshold on the text's similarity turns away candidates whose
//   evidence is too thin, so that an annotation whose words are gone is
//   orphaned, not put on other words.
// - The work is bounded (match-budget.ts): a quote that would cost more
//   than its share is not placed, rather than stalling the server.

/** Options of `matchQuote`. */
export interface MatchQuoteOptions {
  /** The lowest score (text similarity, 0–1) accepted; default 0.7. */
  readonly minScore?: number;
  /** Code units searched on each side of the old offsets first; default 2048. */
  readonly window?: number;
  /**
   * The work this quote may spend, shared with the other quotes of one
   * request; default a budget of its own. A quote that runs out is not
   * placed (null) and counted in the budget's `gaveUp`.
   */
  readonly budget?: MatchBudget;
}

interface Scored extends QuoteMatch {
  readonly cost: number;
  readonly distance: number;
}

const DEFAULT_MIN_SCORE = 0.7;
const DEFAULT_WINDOW = 2048;
// Moving this far from the old start costs one edit; twice as far, two.
const DISTANCE_UNIT = 64;

/** `text` has `part` at `at` (false for a negative or out-of-range `at`). */
function hasAt(text: string, part: string, at: number): boolean {
  // startsWith is false for a part that runs past the end, but takes a negative `at` as 0.
  return at >= 0 && text.startsWith(part, at);
}

/**
 * The edits that make `expected` appear in `actual`: none when it is there as
 * is, as when nothing is expected (score() then passes "" for `actual` too).
 */
function edits(actual: string, expected: string, meter: WorkMeter): number {
  // Stryker disable next-line ConditionalExpression: saves a search that would find no edits either.
  if (actual === expected) return 0;
  if (actual.length === 0) return expected.length;
  return approximateSearch(actual, expected, expected.length, meter)[0].errors;
}

/**
 * How far from the old start a candidate can lie and still cost less than
 * `cost`: beyond any text from a cost of about 40 on.
 */
function reachOf(cost: number): number {
  return DISTANCE_UNIT * (2 ** cost - 1);
}

/**
 * Finds `target.exact` in `text`, the plain-text projection of a document
 * (perhaps changed since the target was described), using its offsets and
 * context:
 *
 * 1. The quote at its recorded offsets (start…end), with its prefix and
 *    suffix around it, is the answer at once. With its context changed, it
 *    is the answer unless the search finds a candidate that costs less.
 * 2. The search looks for candidates — the quote's exact occurrences, its
 *    approximate matches with up to min(256, ⌊length / 4⌋) edits (none for
 *    a quote under 4 units), and its approximate matches together with its
 *    context — within `window` code units of the old offsets, then as far
 *    away as a candidate costing less than the best so far could lie: the
 *    whole text when nothing was found.
 *
 * Each candidate's score is the similarity of quote, prefix and suffix to
 * the text there, 1 − edits / their total length: a long quote is evidence
 * by itself, a short one needs its context. Its cost is those edits plus
 * log2(1 + distance / 64), the distance from the old start in code units;
 * the cheapest candidate wins, the nearer on a tie. So the same quote twice
 * over resolves by context, and by position where the context is the same.
 *
 * 3. When that finds nothing good enough, the same search runs again with
 *    every run of whitespace, in the text and in the target, collapsed to
 *    one space: a quote taken from a page that collapsed the runs of spaces
 *    in a figure (a few dozen edits, too many to be approximate) is found.
 *
 * Returns the winner's offsets (code units, `end` exclusive, never
 * splitting a surrogate pair) and score, or null when the quote is empty or
 * the winner scores less than `minScore` — except that the quote found at
 * its recorded offsets (step 1) is accepted whatever its score.
 *
 * Bounded: a quote over MAX_APPROXIMATE_QUOTE units is only matched
 * verbatim, and a search that would spend more than the quote's share of
 * `options.budget` (QUOTE_WORK_LIMIT at most) stops and returns null,
 * counting the quote in the budget's `gaveUp`.
 */
export function matchQuote(text: string, target: TextTarget, options: MatchQuoteOptions = {}): QuoteMatch | null {
  const budget = options.budget ?? new MatchBudget();
  const meter = budget.meter();
  try {
    const found = searchQuote(text, target, options, meter) ?? searchIgnoringWhitespace(text, target, options, meter);
    budget.settle(meter, false);
    return found;
  } catch (error) {
    if (!(error instanceof WorkBudgetExceeded)) throw error;
    budget.settle(meter, true);
    return null;
  }
}

// Re-anchoring tries many quotes against one text: collapse it once.
let lastCollapsed: { source: string; collapsed: CollapsedText } | null = null;

function searchIgnoringWhitespace(
  text: string,
  target: TextTarget,
  options: MatchQuoteOptions,
  meter: WorkMeter,
): QuoteMatch | null {
  // Stryker disable next-line ConditionalExpression: a cache; collapsing the text again gives the same.
  if (lastCollapsed?.source !== text) lastCollapsed = { source: text, collapsed: collapseWhitespace(text) };
  const { collapsed } = lastCollapsed;
  const squeeze = (part: string) => part.replace(/\s+/g, " ");
  const exact = squeeze(target.exact);
  if (exact.trim() === "") return null;
  const start = collapsedOffset(collapsed, target.start);
  const squeezed = {
    exact,
    prefix: squeeze(target.prefix),
    suffix: squeeze(target.suffix),
    start,
    end: start + exact.length,
  };
  const match = searchQuote(collapsed.text, squeezed, options, meter);
  if (match === null) return null;
  // Back to the original text: from the first unit matched to just after the last.
  return { start: collapsed.origin[match.start], end: collapsed.origin[match.end - 1] + 1, score: match.score };
}

function searchQuote(
  text: string,
  target: TextTarget,
  options: MatchQuoteOptions,
  meter: WorkMeter,
): QuoteMatch | null {
  const { exact, prefix, suffix } = target;
  if (exact.length === 0) return null;
  const at = target.start;
  const seen = new Set<string>();
  let kept: Scored | null = null;
  if (target.end - at === exact.length && hasAt(text, exact, at)) {
    // The fast path that keeps resolving an unchanged document cheap.
    if (hasAt(text, prefix, at - prefix.length) && hasAt(text, suffix, target.end)) {
      return { start: at, end: target.end, score: 1 };
    }
    // Its context changed: still the answer, unless the search finds better.
    kept = better(text, target, [{ start: at, end: target.end, errors: 0 }], null, seen, meter);
  }

  const near = Math.min(Math.max(0, at), text.length);
  const span = exact.length + errorBudget(exact.length);
  let best = kept;
  // The part of the text within `radius` of the old offsets where a
  // candidate could still beat `best`: near enough to cost less, or a
  // different cut of the same place.
  const area = (radius: number): [number, number] => {
    const reach = Math.min(radius, best === null ? Infinity : reachOf(best.cost));
    const from = Math.min(near - reach, best === null ? near : best.start - span);
    const to = Math.max(near + reach, best === null ? near : best.end) + span;
    return [Math.max(0, from), Math.min(text.length, to)];
  };
  let searched = -1; // the radius searched so far
  for (let radius = options.window ?? DEFAULT_WINDOW; radius > searched;) {
    best = better(text, target, exactCandidates(text, exact, ...area(radius), meter), best, seen, meter);
    const [from, to] = area(radius);
    const quoteMatches = approximateCandidates(text, exact, from, to, meter);
    best = better(text, target, quoteMatches, best, seen, meter);
    const [contextFrom, contextTo] = area(radius);
    const contextual = contextualCandidates(text, target, contextFrom, contextTo, quoteMatches, meter);
    best = better(text, target, contextual, best, seen, meter);
    searched = radius;
    radius = best === null ? text.length : Math.min(text.length, reachOf(best.cost));
  }
  const found = best !== null && best.score >= (options.minScore ?? DEFAULT_MIN_SCORE) ? best : kept;
  return found === null ? null : { start: found.start, end: found.end, score: found.score };
}

/** The cheapest of `best` and the candidates not `seen` before (which it records). */
function better(
  text: string,
  target: TextTarget,
  candidates: readonly Candidate[],
  best: Scored | null,
  seen: Set<string>,
  meter: WorkMeter,
): Scored | null {
  for (const candidate of candidates) {
    const key = `${candidate.start}:${candidate.end}`;
    // Stryker disable next-line ConditionalExpression: saves scoring a candidate again, which would not replace itself.
    if (seen.has(key)) continue;
    seen.add(key);
    const scored = score(text, target, candidate, meter);
    if (best === null || scored.cost < best.cost || (scored.cost === best.cost && scored.distance < best.distance)) {
      best = scored;
    }
  }
  return best;
}

function score(text: string, target: TextTarget, candidate: Candidate, meter: WorkMeter): Scored {
  const { exact, prefix, suffix } = target;
  const before = text.slice(Math.max(0, candidate.start - prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + suffix.length);
  const errors = candidate.errors + edits(before, prefix, meter) + edits(after, suffix, meter);
  const distance = Math.abs(candidate.start - target.start);
  return {
    start: candidate.start,
    end: candidate.end,
    score: 1 - errors / (exact.length + prefix.length + suffix.length),
    cost: errors + Math.log2(1 + distance / DISTANCE_UNIT),
    distance,
  };
}
