import type { Node as ProseMirrorNode } from "prosemirror-model";
import { buildDocument } from "./build-document";
import { bylineStart, isAttribution } from "./byline-lines";
import { requestedTitle } from "./document-title";
import { isHeadingLike, isNumberedHeading, isTitleLike } from "./heading-lines";
import { EMPTY_INPUT, ImportError } from "./import-error";
import type { ImportedDocument, ImportOptions } from "./imported-document";
import { listMarker } from "./list-markers";
import { isPreformatted } from "./preformatted";
import { schema } from "./schema";
import { proseText, splitTextBlocks } from "./text-blocks";
import type { TextBlock, TextSource } from "./text-blocks";
import { listNodes, listRunStart } from "./text-lists";

// Plain text has no markup, only layout: blank lines between blocks,
// short lines that act as headings, markers that start list items,
// spacing that draws a figure. Each block is read for these signs in a
// fixed order; whatever shows none is a paragraph of hard-wrapped prose.
// The rules live in heading-lines, list-markers, preformatted and
// byline-lines; this file applies them.

/** The title's text as found in the source, and the blocks after it. */
interface TitleSplit {
  readonly sourceTitle: string | null;
  readonly rest: readonly TextBlock[];
}

function paragraph(lines: readonly string[]): ProseMirrorNode {
  return schema.nodes.paragraph.create(null, schema.text(proseText(lines)));
}

function heading(level: number, lines: readonly string[]): ProseMirrorNode {
  return schema.nodes.heading.create({ level }, schema.text(proseText(lines)));
}

// The title is the first block when it is one title-like line. The same
// line straight after it (a title typed twice), or the requested title at
// the top of the text, is a repeat and is dropped. `blocks` is not empty.
function takeTitle(blocks: readonly TextBlock[], requested: string | null): TitleSplit {
  const detected = requested === null && isTitleBlock(blocks[0]) ? proseText(blocks[0].lines) : null;
  const title = requested ?? detected;
  // A detected title is the first block's one line, so the loop takes it.
  let next = 0;
  while (next < blocks.length && blocks[next].lines.length === 1 && proseText(blocks[next].lines) === title) next++;
  return { sourceTitle: next > 0 ? title : null, rest: blocks.slice(next) };
}

function isTitleBlock(block: TextBlock): boolean {
  return block.lines.length === 1 && isTitleLike(proseText(block.lines)) && !isPreformatted(block.lines);
}

// Lists and numbered headings are read before the preformatted test so
// that indented bullets stay a list. A numbered heading opens with a list
// marker too.
function isCodeBlock(block: TextBlock): boolean {
  if (listMarker(block.lines[0]) !== null) return false;
  return isPreformatted(block.lines);
}

function blockNodes(block: TextBlock): ProseMirrorNode[] {
  const { lines } = block;
  const single = lines.length === 1 ? proseText(lines) : null;
  if (single !== null && isNumberedHeading(single)) return [heading(2, lines)];
  if (listMarker(lines[0]) !== null) return listNodes(lines);
  if (single !== null && isHeadingLike(single) && !isAttribution(single)) return [heading(1, lines)];
  const run = listRunStart(lines);
  if (run !== -1) return [paragraph(lines.slice(0, run)), ...listNodes(lines.slice(run))];
  return [paragraph(lines)];
}

// Preformatted blocks separated only by blank lines are one figure whose
// blank lines were part of it: they become one code_block holding every
// source line between them, blank ones as they were.
function bodyNodes(source: TextSource, blocks: readonly TextBlock[]): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!isCodeBlock(blocks[i])) {
      nodes.push(...blockNodes(blocks[i]));
      continue;
    }
    let last = i;
    while (last + 1 < blocks.length && isCodeBlock(blocks[last + 1])) last++;
    const text = source.lines.slice(blocks[i].start, blocks[last].end).join("\n");
    nodes.push(schema.nodes.code_block.create(null, schema.text(text)));
    i = last;
  }
  return mergeLists(nodes);
}

// A list whose items are separated by blank lines arrives as one list per
// block; adjacent bullet lists, and ordered lists whose numbering runs on,
// are one list.
function mergeLists(nodes: readonly ProseMirrorNode[]): ProseMirrorNode[] {
  const merged: ProseMirrorNode[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && continuesList(previous, node)) {
      merged[merged.length - 1] = previous.copy(previous.content.append(node.content));
    } else {
      merged.push(node);
    }
  }
  return merged;
}

function continuesList(previous: ProseMirrorNode, next: ProseMirrorNode): boolean {
  if (previous.type !== next.type) return false;
  if (next.type === schema.nodes.bullet_list) return true;
  return next.type === schema.nodes.ordered_list && next.attrs.order === previous.attrs.order + previous.childCount;
}

function bylineNode(blocks: readonly TextBlock[]): ProseMirrorNode {
  const paragraphs = blocks.map((block) => paragraph(block.lines));
  return schema.nodes.byline.create(null, paragraphs);
}

/**
 * Imports plain text. Blocks are separated by blank lines; line ends may
 * be LF, CRLF or CR; a byte-order mark is ignored. Each block becomes, in
 * this order of precedence: a level-2 heading (one short numbered line,
 * "1. Title", number kept), a bullet or ordered list (markers dropped,
 * "Label:" lead-ins strong), a code_block (a preformatted block, its
 * lines kept character for character, tabs included), a level-1 heading
 * (one short capitalised line not ending like a sentence), or a
 * paragraph (lines joined, whitespace collapsed). The first block is the
 * title when it is one title-like line, unless `options.title` is given;
 * a leading repeat of the title is dropped. An author's note at the very
 * end (initials, name, bio; or "By Name") becomes one byline.
 *
 * Throws ImportError when the text is empty or only whitespace.
 */
export function importPlainText(text: string, options?: ImportOptions): ImportedDocument {
  const source = splitTextBlocks(text);
  if (source.blocks.length === 0) throw new ImportError(EMPTY_INPUT);
  const requested = requestedTitle(options);
  const { sourceTitle, rest } = takeTitle(source.blocks, requested);
  const bylineAt = bylineStart(rest);
  const body = bodyNodes(source, rest.slice(0, bylineAt));
  if (bylineAt < rest.length) body.push(bylineNode(rest.slice(bylineAt)));
  return buildDocument({ title: requested, sourceTitle, body });
}
