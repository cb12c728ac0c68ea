// Argdown names every statement by a title in square brackets; references
// "[Title]" elsewhere in the file mean the same statement.

const MAX_TITLE_LENGTH = 40;
const MAX_TITLE_WORDS = 5;
/** Letters and digits, with inner apostrophes ("didn't"): nothing Argdown's lexer reads as markup in a title. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The first words of `text`, at most 5 and 40 UTF-16 units (a longer first word is cut, never inside a surrogate pair). */
function titleFrom(text: string): string {
  const words = text.match(WORD) ?? [];
  let title = "";
  for (const word of words.slice(0, MAX_TITLE_WORDS)) {
    const candidate = title === "" ? word : `${title} ${word}`;
    if (candidate.length > MAX_TITLE_LENGTH) break;
    title = candidate;
  }
  const [first] = words;
  if (title === "" && first !== undefined) {
    for (const char of first) {
      if (title.length + char.length > MAX_TITLE_LENGTH) break;
      title += char;
    }
  }
  return title || "Statement";
}

/**
 * One Argdown statement title per text, in order, each unique (case
 * sensitive, as Argdown compares them): the text's first words, then " 2",
 * " 3"… on a repeat or a name Object.prototype has; "Statement" for a text
 * without letters or digits.
 * Titles hold only letters, digits, apostrophes and single spaces, so they
 * are safe inside "[…]" and never start with "-" (which Argdown would not
 * read as a title).
 */
export function argdownTitles(texts: readonly string[]): string[] {
  const taken = new Set<string>();
  return texts.map((text) => {
    const base = titleFrom(text);
    let title = base;
    // @argdown/core keeps statements in a plain object, where "toString"
    // would find Object.prototype's method instead of a new statement.
    for (let n = 2; taken.has(title) || title in Object.prototype; n++) title = `${base} ${n}`;
    taken.add(title);
    return title;
  });
}
