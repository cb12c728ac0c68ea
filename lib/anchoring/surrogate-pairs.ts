// Offsets count UTF-16 code units, so a boundary can fall between the two
// halves of a character outside the Basic Multilingual Plane (most emoji).
// A selector cut there would hold a lone surrogate, which does not survive
// UTF-8 (it becomes U+FFFD on the way to the database) and so would never
// match again. Every boundary the anchoring code produces is checked here.

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether `offset` falls between the high and the low half of a surrogate
 * pair in `text`. False at 0, at text.length and for unpaired halves.
 */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  // No bounds check needed: charCodeAt outside the text is NaN, no surrogate.
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}
