import { indentWidth } from "./text-blocks";

// List syntax in plain text: a bullet character, or a number with "." or
// ")", at the start of a line (after any indentation) and followed by a
// space. The marker is syntax, not text: it is what the list node means.

/** A line that opens a list item. */
export interface ListMarker {
  readonly kind: "bullet" | "ordered";
  /** Columns of indentation before the marker (see `indentWidth`). */
  readonly indent: number;
  /** The item's number for an ordered item; 0 for a bullet. */
  readonly order: number;
  /** The line after the marker and its following whitespace. */
  readonly text: string;
}

// The bullets people type or paste: typographic bullets and squares, and
// the ASCII "-" and "*". The en dash and middle dot stand in for a bullet
// in text exported from word processors. The em dash is not among them:
// "— Name" is an attribution (see byline-lines.ts).
const BULLET = /^[ \t]*[•◦▪▫‣●○■□▸►\-*–·][ \t]+(?=\S)/u;

// One to three digits: "2024. A year of …" is a sentence, not item 2024.
const NUMBER = /^[ \t]*(\d{1,3})[.)][ \t]+(?=\S)/u;

// An item must say something: "* * *" and "- -" are rules or ornaments.
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The list marker that opens `line`, or null when the line opens no item. */
export function listMarker(line: string): ListMarker | null {
  const bullet = BULLET.exec(line);
  if (bullet) {
    const text = line.slice(bullet[0].length).trimEnd();
    return HAS_WORD.test(text) ? { kind: "bullet", indent: indentWidth(line), order: 0, text } : null;
  }
  const number = NUMBER.exec(line);
  if (number) {
    const text = line.slice(number[0].length).trimEnd();
    return HAS_WORD.test(text) ? { kind: "ordered", indent: indentWidth(line), order: Number(number[1]), text } : null;
  }
  return null;
}
