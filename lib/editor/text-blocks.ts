// The first step of the plain-text importer: clean the characters that
// carry no text, then cut the source into blank-line-separated blocks.
// Lines are kept exactly as written — indentation and trailing spaces
// are evidence for the heuristics, and preformatted blocks keep them.

/** A run of consecutive non-blank lines of a plain-text source. */
export interface TextBlock {
  /** The block's lines exactly as in the source, without line ends. */
  readonly lines: readonly string[];
  /** Index of the block's first line in `TextSource.lines`. */
  readonly start: number;
  /** Index one past the block's last line. */
  readonly end: number;
}

/** A cleaned plain-text source and its blocks. */
export interface TextSource {
  /** Every line of the cleaned source, blank ones included. */
  readonly lines: readonly string[];
  /** The non-blank runs of `lines`, in order. */
  readonly blocks: readonly TextBlock[];
}

// A line holding only whitespace (of any kind) separates blocks like an
// empty one: the difference is invisible to whoever wrote the file.
const BLANK = /^\s*$/u;

/**
 * Returns `text` with a leading byte-order mark removed, CRLF and lone CR
 * turned into LF, form feeds and vertical tabs turned into LF (they break
 * lines), and every other control character except tab deleted (they
 * are encoding debris, never text). Tabs are kept: prose collapses
 * them later, preformatted blocks keep them as they are.
 */
export function cleanSource(text: string): string {
  return (
    text
      .replace(/^\uFEFF/u, "")
      // \x0B is the vertical tab, spelled out: Stryker's regex mutator turns
      // \v into \V, which is no regex under the u flag and fails every run.
      // eslint-disable-next-line no-control-regex -- matching it is the point
      .replace(/\r\n?|[\f\x0B]/gu, "\n")
      .replace(/[^\P{Cc}\t\n]/gu, "")
  );
}

/**
 * Cleans `text` (see `cleanSource`) and splits it into lines and into
 * blocks: maximal runs of non-blank lines. One blank line or several
 * separate blocks alike.
 */
export function splitTextBlocks(text: string): TextSource {
  const lines = cleanSource(text).split("\n");
  const blocks: TextBlock[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || BLANK.test(lines[i]);
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      blocks.push({ lines: lines.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return { lines, blocks };
}

/**
 * The width of a line's leading whitespace in columns, a tab advancing to
 * the next multiple of 4 (CommonMark's tab stop, so "\t" and four spaces
 * indent alike).
 */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " ") width += 1;
    else if (char === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * The text of hard-wrapped prose: the lines joined, every run of spaces,
 * tabs and line ends collapsed to one space, the ends trimmed. Other
 * Unicode spaces (a no-break space) are characters the author chose, and
 * are kept.
 */
export function proseText(lines: readonly string[]): string {
  // Only runs that are not already one space: replacing each single space
  // of a long line by itself built a new string of a million pieces, and
  // the garbage it left made a 1 MB line cost 10× a 256 kB one.
  return lines
    .join(" ")
    .replace(/ [ \t\n]+|[\t\n][ \t\n]*/gu, " ")
    .trim();
}
