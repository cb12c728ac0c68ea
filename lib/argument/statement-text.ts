/**
 * How a statement's text is cut down for places with little room: warning
 * messages, boxes in a drawing, labels. Every exporter goes through these,
 * so a statement reads the same in the map view, the SVG and the DOT file.
 *
 * All three work on code points, never splitting a surrogate pair, and
 * treat any run of whitespace (newlines included) as one space.
 */

/** `text` with whitespace runs collapsed to one space and the ends trimmed. */
export function squeezeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * `text` (whitespace squeezed) in at most `max` code points: unchanged when it
 * fits, otherwise cut at the last word boundary that leaves room for "…"
 * (or mid-word when the first word alone is too long) and ended with "…".
 */
export function shortText(text: string, max = 60): string {
  const chars = Array.from(squeezeSpace(text));
  if (chars.length <= max) return chars.join("");
  const kept = chars.slice(0, Math.max(1, max - 1));
  const lastSpace = kept.lastIndexOf(" ");
  // Cutting at a space only helps when it keeps most of the room.
  const cut = lastSpace >= kept.length / 2 ? kept.slice(0, lastSpace) : kept;
  // No trimming needed: spaces are single and never at the ends, so the cut ends in a word.
  return cut.join("") + "…";
}

/** How many code points `text` has (a surrogate pair is one, as Array.from counts). */
function codePointCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * `text` word-wrapped into lines of at most `width` code points. A word longer
 * than a line is split across lines. With `maxLines`, lines past the limit
 * are dropped and the last kept line ends with "…" so the cut is visible.
 * Returns at least one line (empty text gives [""]).
 */
export function wrapText(text: string, width = 28, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let line = "";
  let lineLength = 0; // in code points, as every length here
  for (const word of squeezeSpace(text).split(" ")) {
    let rest = word;
    let restLength = codePointCount(word);
    if (lineLength > 0 && lineLength + 1 + restLength <= width) {
      line += ` ${rest}`;
      lineLength += 1 + restLength;
      continue;
    }
    if (lineLength > 0) lines.push(line);
    if (restLength > width) {
      const chars = Array.from(rest);
      while (chars.length > width) lines.push(chars.splice(0, width).join(""));
      rest = chars.join("");
      restLength = chars.length;
    }
    line = rest;
    lineLength = restLength;
    // The lines after maxLines are dropped: a long statement's are not made (a map draws 1,000 boxes at once).
    if (lines.length > maxLines) break;
  }
  lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = Array.from(kept[kept.length - 1]);
  // A full line gives up its last code point to the "…" (a shorter one loses nothing to the slice).
  const shortened = last
    .slice(0, width - 1)
    .join("")
    .trimEnd();
  kept[kept.length - 1] = `${shortened}…`;
  return kept;
}
