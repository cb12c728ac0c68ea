import search, { type Match } from "approx-string-match";
import type { WorkMeter } from "./match-budget";

// approx-string-match (Myers' bit-parallel search) is patched
// (patches/approx-string-match+2.0.0.patch) to take two bounds on its work:
//
// - it reports every block step to a callback, here a WorkMeter, which
//   stops the search (throws WorkBudgetExceeded) once a quote's share is spent;
// - it gives a start to at most MAX_MATCHES of the fewest-edit match ends it
//   found, evenly spread. Unpatched, it runs a reverse search as long as the
//   pattern for every end: against text that nearly matches everywhere
//   ("aaaa…" for a quote of a's with one b) that is one per text unit, and
//   a 3,000-unit quote in 40,000 such units took 22 s. In such text the ends
//   are equally good places anyway.
//
// Below MAX_MATCHES ends the results are exactly the unpatched library's.

export type { Match };

/** The most match ends one search gives a start to (see above). */
export const MAX_MATCHES = 64;

/**
 * The fewest-edit matches of `pattern` in `text` with at most `maxErrors`
 * edits — at most MAX_MATCHES of them — with the work charged to `meter`
 * (which throws WorkBudgetExceeded when it is spent).
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number, meter: WorkMeter): Match[] {
  return search(text, pattern, maxErrors, { maxMatches: MAX_MATCHES, charge: (units) => meter.charge(units) });
}
