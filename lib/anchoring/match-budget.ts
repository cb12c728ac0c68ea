// How much work quote matching may do. Approximate matching (Myers'
// algorithm, myers-search.ts) costs per text unit one step per 32 units of
// the quote, and each match end it reports costs a reverse search as long
// as the quote: a long quote against text that nearly matches it
// everywhere took 22 s. So work is counted in those steps — one "unit" is
// one 32-unit block of the quote advanced over one unit of text — and
// bounded per quote and per request (one import, one document save).

/**
 * Work one quote may cost: about 0.16 s on the 2-core machine the
 * benchmarks run on (≈ 60,000 units a millisecond). A quote re-anchored
 * near its old place costs about 0.2 % of it (bench:anchor: 1,000 quotes in
 * 0.35 s in all); a 200-unit quote searched through a whole 1 MB text,
 * about a third.
 */
export const QUOTE_WORK_LIMIT = 10_000_000;

/**
 * Work one request may spend on all its quotes: about 2.5 s. A W3C import
 * of 12,000 annotations into the text they were made on costs next to
 * nothing (each quote is still at its offsets), and a save that moves
 * 1,000 annotations a few percent of it.
 */
export const REQUEST_WORK_LIMIT = 150_000_000;

/**
 * Quotes longer than this (code units) are matched only verbatim: an
 * approximate search costs in proportion to the square of the quote's
 * length for every match it reports, and a passage this long that was
 * edited is better re-selected than guessed.
 */
export const MAX_APPROXIMATE_QUOTE = 2_000;

/** Thrown inside a search when its budget is spent; matchQuote turns it into "not placed". */
export class WorkBudgetExceeded extends Error {
  constructor() {
    super("The work budget for matching this quote is spent");
    this.name = "WorkBudgetExceeded";
  }
}

/** The work one search may still do: a quote's share of a MatchBudget. */
export class WorkMeter {
  #spent = 0;
  constructor(readonly limit: number) {}

  get spent(): number {
    return this.#spent;
  }

  /** Records `units` of work; throws WorkBudgetExceeded past the limit. */
  charge(units: number): void {
    this.#spent += units;
    if (this.#spent > this.limit) throw new WorkBudgetExceeded();
  }
}

/**
 * The work a request may spend matching quotes, shared by all of them
 * (pass it to matchQuote as `budget`). Each quote may spend at most
 * `perQuote` of it; a quote that would spend more, or that comes after the
 * whole is spent, is not placed — matchQuote returns null — and is counted
 * in `gaveUp`, so that the caller can tell the user how many.
 */
export class MatchBudget {
  spent = 0;
  gaveUp = 0;

  constructor(
    readonly limit: number = REQUEST_WORK_LIMIT,
    readonly perQuote: number = QUOTE_WORK_LIMIT,
  ) {}

  /** A meter for the next quote: its share, or what is left if less. */
  meter(): WorkMeter {
    return new WorkMeter(Math.max(0, Math.min(this.perQuote, this.limit - this.spent)));
  }

  /** Adds what `meter` spent; counts its quote as given up if it ran out. */
  settle(meter: WorkMeter, ranOut: boolean): void {
    this.spent += Math.min(meter.spent, meter.limit);
    if (ranOut) this.gaveUp += 1;
  }
}
