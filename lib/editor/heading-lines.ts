import { MAX_TITLE_LENGTH } from "./document-title";
import { listMarker } from "./list-markers";

// Plain text marks a heading only by how a line looks: alone in its
// block, short, starting like a name or a number, and not ending like a
// sentence. These functions take a line already collapsed by `proseText`.

// Short enough to scan at a glance; longer lines are sentences that lack
// a full stop.
const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 14;

// Quotation marks and brackets around a line do not change what it
// starts or ends with: “Who decides?” ends with "?". STARTS_LIKE_HEADING
// looks past any opening ones itself. CLOSERS is only tried where a run
// of closers begins (the lookbehind): otherwise a long run not at the end
// of the line would be rescanned from each of its characters, quadratic
// in the run's length.
const CLOSERS = /(?<!["'”’»)\]])["'”’»)\]]+$/u;

const STARTS_LIKE_HEADING = /^["'“‘«([]*[\p{Lu}\p{Lt}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

// A heading never ends in these: a sentence does, and a line ending with
// a comma, semicolon or colon leads into what follows.
const SENTENCE_END = /[.!?,;:…]$/u;

// A title may ask or exclaim; it still does not end with a full stop or
// lead into the next line.
const CLAUSE_END = /[.,;:]$/u;

function wordCount(text: string): number {
  return text.split(" ").length;
}

/**
 * True when a single-line block reads as a section heading: at most 100
 * characters and 14 words, starting (after any opening quote or
 * bracket) with an uppercase letter or a digit, containing a letter, and
 * not ending (before any closing quote or bracket) with . ! ? , ; : or …
 */
export function isHeadingLike(text: string): boolean {
  // An empty line has no letter: HAS_LETTER turns it down.
  if (text.length > MAX_HEADING_LENGTH) return false;
  if (wordCount(text) > MAX_HEADING_WORDS || !HAS_LETTER.test(text)) return false;
  if (!STARTS_LIKE_HEADING.test(text)) return false;
  return !SENTENCE_END.test(text.replace(CLOSERS, ""));
}

/**
 * True when a single-line block is a numbered sub-heading: "1. Title" or
 * "2) Title" whose text after the number is heading-like. A single
 * numbered line that ends like a sentence is a list item instead.
 */
export function isNumberedHeading(text: string): boolean {
  const marker = listMarker(text);
  return marker !== null && marker.kind === "ordered" && isHeadingLike(marker.text);
}

/**
 * True when the first block's single line can be the document's title:
 * at most MAX_TITLE_LENGTH characters, containing a letter or digit, not a
 * list item, and not ending with . , ; or : (before any closing quote).
 */
export function isTitleLike(text: string): boolean {
  // An empty line has no word: HAS_WORD turns it down.
  if (text.length > MAX_TITLE_LENGTH || !HAS_WORD.test(text)) return false;
  if (listMarker(text) !== null) return false;
  return !CLAUSE_END.test(text.replace(CLOSERS, ""));
}

/** True when `text` ends like a sentence or clause (see isHeadingLike). */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(CLOSERS, ""));
}
