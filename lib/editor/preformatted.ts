import { indentWidth } from "./text-blocks";

// Plain text has no markup for "keep this exactly as it is", yet diagrams,
// tables and code in it only make sense with their spacing intact. These
// heuristics recognise such blocks by the marks they leave.

// What ASCII diagrams and tables are drawn with, plus Unicode arrows, box
// drawing and block elements. "v" is here as the downward arrow.
const DRAWING = /[+\-|=_/\\<>^v*#\u2190-\u21ff\u2500-\u259f]/gu;

// The first and last character of a framed row: "| cell |", "+---+".
// Tested one character at a time, so it needs no anchors.
const FRAME = /[+|\u2500-\u257f]/u;

// Columns lined up with spaces: three or more spaces (or two or more tabs)
// between words. Prose puts at most two spaces between sentences.
const ALIGNMENT = /\S(?: {3,}|\t{2,})\S/u;

// Indentation CommonMark reads as code; prose is not indented this far.
const CODE_INDENT = 4;

function isDrawnLine(line: string): boolean {
  const ink = line.replace(/\s/gu, "");
  if (ink === "") return false;
  const drawn = ink.match(DRAWING)?.length ?? 0;
  if (drawn * 2 >= ink.length) return true;
  // A one-character frame is drawing, and has returned above.
  if (FRAME.test(ink.charAt(0)) && FRAME.test(ink.charAt(ink.length - 1))) return true;
  return ALIGNMENT.test(line);
}

function looksPreformatted(line: string): boolean {
  return indentWidth(line) >= CODE_INDENT || isDrawnLine(line);
}

/**
 * True when a block's lines are preformatted: more than half of them are
 * drawn (mostly drawing characters, or framed by "|"/"+", or aligned in
 * columns with runs of spaces) or indented at least four columns.
 *
 * The test is by majority, not line by line, because a diagram's lines
 * are not all alike — "   |" and "   v  [label]" between two boxes carry
 * little drawing of their own — and the block must stay whole.
 */
export function isPreformatted(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) if (looksPreformatted(line)) count++;
  return count * 2 > lines.length;
}
