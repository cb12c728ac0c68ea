import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Node as ProseMirrorNode } from "prosemirror-model";
import { importPlainText } from "../../../lib/editor/import-plain-text";
import { schema } from "../../../lib/editor/schema";
import type { TextIndex } from "../../../lib/anchoring/text-index";

// Documents the anchoring tests share: the seed article as the app imports
// it, and small documents built node by node with the real schema.

/** The seed article's source text. */
export const SAMPLE_SOURCE = readFileSync(
  // A path, not a URL: under the jsdom environment `URL` is jsdom's.
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../prisma/seed/asymmetry-of-patronage.txt"),
  "utf8",
);

/** The seed article imported as the app imports it. */
export function sampleDoc(): ProseMirrorNode {
  return importPlainText(SAMPLE_SOURCE).doc;
}

/** A paragraph; strings are text, null is a hard_break. */
export function p(...parts: (string | null)[]): ProseMirrorNode {
  const inline = parts.map((part) => (part === null ? schema.nodes.hard_break.create() : schema.text(part)));
  return schema.nodes.paragraph.create(null, inline);
}

/** A level-1 heading. */
export function h(text: string): ProseMirrorNode {
  return schema.nodes.heading.create({ level: 1 }, schema.text(text));
}

/** A code_block holding `text` as is. */
export function pre(text: string): ProseMirrorNode {
  return schema.nodes.code_block.create(null, schema.text(text));
}

/** A document: a title, then `blocks`. */
export function docOf(title: string, ...blocks: ProseMirrorNode[]): ProseMirrorNode {
  return schema.nodes.doc.create(null, [schema.nodes.title.create(null, schema.text(title)), ...blocks]);
}

/** The offsets of the `nth` (0-based) occurrence of `quote` in `text`; throws when there is none. */
export function offsetsOf(text: string, quote: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times`);
  }
  return { start, end: start + quote.length };
}

/** The ProseMirror range of the `nth` occurrence of `quote` in `index.text`. */
export function rangeOf(index: TextIndex, quote: string, nth = 0): { from: number; to: number } {
  const { start, end } = offsetsOf(index.text, quote, nth);
  return { from: index.toPos(start, "start"), to: index.toPos(end, "end") };
}

export { seededRandom } from "@/tests/support/seeded-random";
