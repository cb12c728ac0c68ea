/**
 * A text with every run of whitespace collapsed to one space, as HTML
 * renders text outside <pre>, and where each of its code units came from:
 * `origin[i]` is the offset in the original text of collapsed unit `i`, and
 * `origin[text.length]` is the original's length.
 */
export interface CollapsedText {
  readonly text: string;
  readonly origin: Int32Array;
}

const WHITESPACE = /\s/;

/** `text` collapsed (see CollapsedText). */
export function collapseWhitespace(text: string): CollapsedText {
  const units: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const space = WHITESPACE.test(text[i]);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, text[-1] is undefined, which the test reads as the non-space "undefined".
    if (space && i > 0 && WHITESPACE.test(text[i - 1])) continue;
    units.push(space ? " " : text[i]);
    origin[length++] = i;
  }
  origin[length] = text.length;
  return { text: units.join(""), origin: origin.subarray(0, length + 1) };
}

/** Where original offset `offset` falls in `collapsed`: the first unit at or after it. */
export function collapsedOffset(collapsed: CollapsedText, offset: number): number {
  const { origin } = collapsed;
  let low = 0;
  // Stryker disable next-line ArithmeticOperator: equivalent for offsets up to the original's length (the only ones asked): the last origin is that length, so the answer is never past it, and a read past the end compares as false.
  let high = origin.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (origin[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
