import { endsLikeSentence } from "./heading-lines";
import { listMarker } from "./list-markers";
import { isPreformatted } from "./preformatted";
import { proseText } from "./text-blocks";
import type { TextBlock } from "./text-blocks";

// An article often closes with a note about its author: initials that
// sign it off, the author's name, a one-line bio — or a lone "By Name".
// Short capitalised lines like these would otherwise read as headings.
// The patterns are only trusted at the very end, where an author's note
// is conventional; the same lines in the body stay body text.

// Initials: one to four capitals, each optionally followed by a dot.
const INITIALS = /^(?:\p{Lu}\.? ?){1,4}$/u;

// A capitalised name word: "Ada", "O’Neil", "Jean-Luc", "J.".
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

// Lowercase particles inside names ("Ludwig van Beethoven").
const PARTICLE = /^(?:al|bin|da|de|del|della|der|di|do|dos|du|ibn|la|le|ten|ter|van|von)$/u;

// "By Name" or "— Name" (em dash or horizontal bar), several names
// joined by commas, "and" or "&". A separator is only tried where a run
// of whitespace begins — the (?<!\s) — so a long run (of no-break
// spaces, say, which proseText keeps) is scanned once, not once per
// character: the split stays linear in the line's length.
const ATTRIBUTION = /^(?:by\s+|[—―]\s*)(.+)$/iu;
const NAME_SEPARATOR = /(?<!\s)\s*,\s*|(?<!\s)\s+(?:and|&)\s+/u;

// The longest line read as an author's note. Four names of four words,
// their separators and "By " fit in well under this; a longer line is
// prose, and the patterns never look at it, which also bounds their work.
const MAX_BYLINE_LENGTH = 300;

function isName(text: string): boolean {
  if (text.length > MAX_BYLINE_LENGTH) return false;
  const words = text.split(" ");
  if (words.length < 2 || words.length > 4 || endsLikeSentence(text)) return false;
  const capitalisedEnds = NAME_WORD.test(words[0]) && NAME_WORD.test(words[words.length - 1]);
  return capitalisedEnds && words.every((word) => NAME_WORD.test(word) || PARTICLE.test(word));
}

/**
 * True when a collapsed line is an attribution — "By Name" or "— Name",
 * each name two to four capitalised words, at most MAX_BYLINE_LENGTH
 * characters — rather than a heading. Such a line in the body is a
 * paragraph.
 */
export function isAttribution(text: string): boolean {
  if (text.length > MAX_BYLINE_LENGTH) return false;
  const names = ATTRIBUTION.exec(text)?.[1];
  return names !== undefined && names.split(NAME_SEPARATOR).every(isName);
}

function singleLine(block: TextBlock | undefined): string | null {
  return block !== undefined && block.lines.length === 1 ? proseText(block.lines) : null;
}

function isBio(block: TextBlock): boolean {
  return listMarker(block.lines[0]) === null && !isPreformatted(block.lines);
}

/**
 * Where the author's note at the end of `blocks` begins, or
 * `blocks.length` when there is none. Recognised endings, each optionally
 * followed by one prose block (the bio):
 *   - an initials line ("AB", "A. B.") followed by a name line (two to
 *     four capitalised words, no closing punctuation);
 *   - an attribution line (see `isAttribution`).
 */
export function bylineStart(blocks: readonly TextBlock[]): number {
  const count = blocks.length;
  for (let bio = 0; bio <= 1; bio++) {
    const at = count - 1 - bio;
    if (at < 0 || (bio === 1 && !isBio(blocks[count - 1]))) continue;
    const line = singleLine(blocks[at]);
    if (line === null) continue;
    const initials = singleLine(blocks[at - 1]);
    if (initials !== null && INITIALS.test(initials) && isName(line)) return at - 1;
    if (isAttribution(line)) return at;
  }
  return count;
}
