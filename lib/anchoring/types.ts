// The shapes the anchoring modules pass between them. Offsets are into a
// document's plain-text projection (lib/editor/plain-text.ts) and count
// UTF-16 code units — JavaScript string indices — as Hypothesis and every
// other JavaScript annotation tool do, although W3C says "characters".
// Positions are ProseMirror document positions.

/**
 * Which end of a range an offset or position is: it decides where one that
 * falls between two textblocks goes — "start" to the following block's
 * text, "end" to the preceding block's.
 */
export type Bias = "start" | "end";

/** A range of ProseMirror positions; `from < to` wherever one is returned. */
export interface PositionRange {
  readonly from: number;
  readonly to: number;
}

/** Where `matchQuote` found a quote: offsets into the text, `end` exclusive. */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  /**
   * How well the quote and its context agree with the text there, from 0 to
   * 1; 1 means the quote and both context strings are found verbatim.
   */
  readonly score: number;
}

/**
 * How an anchor was found: "exact" — the quote at its recorded offsets;
 * "moved" — the same quote at other offsets; "fuzzy" — text that only
 * resembles the quote (the passage was edited).
 */
export type AnchorStatus = "exact" | "moved" | "fuzzy";

/** An annotation resolved to document positions. */
export interface Anchor extends PositionRange {
  readonly status: AnchorStatus;
}
