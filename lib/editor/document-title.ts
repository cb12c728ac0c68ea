/** The longest title a document may have, in UTF-16 code units. */
export const MAX_TITLE_LENGTH = 200;

/** The title of a document in which nothing better was found. */
export const FALLBACK_TITLE = "Untitled";

const ELLIPSIS = "\u2026";

// Grapheme clusters (a Segmenter's default granularity), so that
// shortening never splits an emoji (a ZWJ sequence or a flag) or a letter
// from its combining accent.
const graphemes = new Intl.Segmenter();

/**
 * The caller's title option, whitespace-collapsed, or null when it is
 * absent or blank (a blank title asks for none, so detection applies).
 */
export function requestedTitle(options?: { readonly title?: string }): string | null {
  const title = options?.title?.replace(/\s+/gu, " ").trim();
  return title ? title : null;
}

/**
 * Makes a document title from a candidate string: whitespace runs become
 * one space, the ends are trimmed, an empty result becomes
 * FALLBACK_TITLE, and a result longer than MAX_TITLE_LENGTH is cut at a
 * grapheme boundary and ends in "…". The result is never empty and never
 * longer than MAX_TITLE_LENGTH.
 */
export function documentTitle(candidate: string | null | undefined): string {
  const title = (candidate ?? "").replace(/\s+/gu, " ").trim();
  if (title === "") return FALLBACK_TITLE;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let cut = "";
  for (const { segment } of graphemes.segment(title)) {
    if (cut.length + segment.length > MAX_TITLE_LENGTH - ELLIPSIS.length) break;
    cut += segment;
  }
  return cut.trimEnd() + ELLIPSIS;
}
