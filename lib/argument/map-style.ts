import type { MapNode, NodeKind } from "@/lib/validation/argument-map";
import { nodeLabel } from "./node-label";
import { wrapText } from "./statement-text";

/**
 * How a map is drawn, shared by layoutMap, toSvg and toDot. A statement is
 * a box: layoutMap sizes ELK's nodes with statementBox and toSvg draws the
 * same lines in the same box, so text and box agree without measuring fonts
 * (there is nothing to measure with in a worker or on the server).
 *
 * A box holds the kind in capitals on top, then the text wrapped to
 * 28 characters a line and cut after 10 lines: a map is an overview, and the
 * whole text is in the Markdown, GraphML and W3C exports.
 */
export const BOX_STYLE = {
  fontFamily: "DejaVu Sans, Arial, sans-serif",
  charsPerLine: 28,
  maxLines: 10,
  textSize: 13,
  lineHeight: 17,
  kindSize: 12,
  kindHeight: 18,
  paddingX: 10,
  paddingY: 8,
  minWidth: 120,
  /** Side of the square a junction (an inference) takes in the layout. */
  junctionSize: 12,
} as const;

/**
 * Box fill per kind (the same in SVG and DOT): light tints that keep dark
 * text legible, told apart by hue and by the kind label, not colour alone.
 */
export const KIND_FILL: Record<NodeKind, string> = {
  claim: "#dbeafe",
  premise: "#dcfce7",
  evidence: "#fef9c3",
  objection: "#fee2e2",
  question: "#ede9fe",
  note: "#f3f4f6",
  statement: "#ffffff",
};

/** Ink of a statement box, the same in the map view and every export: border, kind label, text. */
export const BOX_INK = { border: "#4b5563", kind: "#4b5563", text: "#111827" } as const;

/** Line colours by relation: supports green, attacks and undercuts red (dashed / dotted), restates slate (dashed, labelled). */
export const RELATION_COLOR = {
  supports: "#2e7d32",
  attacks: "#c62828",
  undercuts: "#c62828",
  restates: "#475569",
} as const;

/** What toSvg draws for a statement and how much room it takes. */
export type StatementBox = { kindLabel: string; lines: string[]; width: number; height: number };

// Advance widths of DejaVu Sans in em, by rough class: it is wide, and these
// err a little on the generous side so a wrapped line never spills out.
const NARROW = /[\s.,:;'!|iljtfrI()[\]{}"`]/u;
const WIDE = /[mwMWÆŒ@%—…]/u;
const CAPITAL = /\p{Lu}/u;

/** The width in em of one character (a code point) by its class. */
function charEm(char: string): number {
  if (NARROW.test(char)) return 0.36;
  if (WIDE.test(char)) return 0.98;
  if (CAPITAL.test(char)) return 0.74;
  if ((char.codePointAt(0) ?? 0) > 0x2e80) return 1; // CJK and other full-width scripts
  return 0.62;
}

// Most statements are ASCII: their widths are looked up, not matched three
// times a character (a map of 1,000 statements is measured on every layout
// and on every draw).
const ASCII_EM = Array.from({ length: 128 }, (_, code) => charEm(String.fromCharCode(code)));

/** Estimated width in px of `text` set in DejaVu Sans at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      em += ASCII_EM[code]!;
      continue;
    }
    const point = text.codePointAt(i)!;
    em += charEm(String.fromCodePoint(point));
    if (point > 0xffff) i++; // the second half of a surrogate pair
  }
  return em * fontSize;
}

/**
 * The box for `node`: its kind label (upper case), its text wrapped into at
 * most BOX_STYLE.maxLines lines, and a width and height that fit both with
 * padding (never narrower than BOX_STYLE.minWidth). Pure and cheap: called
 * once per node per layout.
 */
export function statementBox(node: Pick<MapNode, "kind" | "text" | "unstated" | "argument">): StatementBox {
  const s = BOX_STYLE;
  const lines = wrapText(node.text, s.charsPerLine, s.maxLines);
  const kindLabel = nodeLabel(node).toUpperCase();
  const widest = Math.max(textWidth(kindLabel, s.kindSize), ...lines.map((line) => textWidth(line, s.textSize)));
  return {
    kindLabel,
    lines,
    width: Math.ceil(Math.max(s.minWidth, widest + 2 * s.paddingX)),
    height: Math.ceil(2 * s.paddingY + s.kindHeight + lines.length * s.lineHeight),
  };
}
