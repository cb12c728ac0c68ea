// What @argdown/core 1.7.5's lexer (dist/lexer.js) would read as markup
// inside one line of text, and so must be escaped with "\" (Argdown's escape
// for any character: the model keeps the character and drops the "\").

/** Start markup anywhere: mentions, tags, bold and italic, statement titles and links, argument titles, data. */
const ALWAYS = new Set(["\\", "@", "#", "*", "_", "[", "]", "<", ">", "{", "}"]);

/**
 * A special character shortcode (".name." or ":name:") that the model
 * would turn into a symbol: ":+1:" becomes "👍". The lexer matches any such
 * pair, so "e.g." must lose its first dot's meaning too.
 */
const SHORTCODE = /\.[^\s]+?\.|:[^\s]+?:/y;

const isBlank = (char: string | undefined) => char === " " || char === "\t";

/**
 * `text` (one line: no "\r" or "\n") escaped so that @argdown/core reads it
 * back character for character as a statement's text, or as an inference
 * rule when `inference` is set (where "," separates rules and "--" ends
 * the inference). Escaped are:
 * - \ @ # * _ [ ] < > { } everywhere;
 * - "/" before "/" or "*" (comments), "=" before "==" (front matter),
 *   "." or ":" that opens a shortcode;
 * - tabs and runs of two or more blanks, which the lexer would otherwise
 *   drop between tokens (one space is always kept);
 * - for inference rules, "," and "-" before "-";
 * except the markup of `tags` ("#tag" or "#(tag)"), kept so Argdown reads the tags again.
 * Leading and trailing blanks are not preserved (Argdown trims them).
 */
export function escapeArgdownText(
  text: string,
  options: { inference?: boolean; tags?: readonly string[] } = {},
): string {
  // A kept tag's own markup, longest first ("#a-b" before "#a"), is written as it is.
  const tags = (options.tags ?? []).flatMap((tag) => [`#(${tag})`, `#${tag}`]).sort((a, b) => b.length - a.length);
  let escaped = "";
  for (let i = 0; i < text.length; i++) {
    const tag = text[i] === "#" ? tags.find((markup) => text.startsWith(markup, i)) : undefined;
    if (tag !== undefined) {
      escaped += tag;
      i += tag.length - 1;
      continue;
    }
    const char = text[i];
    const next = text[i + 1];
    SHORTCODE.lastIndex = i;
    const needsEscape =
      ALWAYS.has(char) ||
      (char === "/" && (next === "/" || next === "*")) ||
      (char === "=" && text.startsWith("==", i + 1)) ||
      // SHORTCODE is sticky at i and starts with "." or ":", so it matches only there.
      SHORTCODE.test(text) ||
      char === "\t" ||
      (char === " " && (isBlank(text[i - 1]) || isBlank(next))) ||
      (options.inference === true && (char === "," || (char === "-" && next === "-")));
    escaped += needsEscape ? `\\${char}` : char;
  }
  return escaped;
}
