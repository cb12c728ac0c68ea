import type { Node as ProseMirrorNode } from "prosemirror-model";
import { BLOCK_SEPARATOR } from "../editor/plain-text";
import type { Bias } from "./types";

// A document's text is a sequence of segments: runs of inline content in
// which one character of the projection is one ProseMirror position (a
// text node's code unit, or a hard_break as "\n"). Between segments lies
// either a block separator, which has offsets but no positions, or a node
// that has positions but no text. Both conversions are therefore a binary
// search for the segment and one addition.

const cache = new WeakMap<ProseMirrorNode, TextIndex>();

function checkInteger(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} ${value} outside of 0…${max}`);
  }
}

/** The last index i with `values[i] <= target`, or -1. */
function lastAtMost(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= target) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The text↔position index of one document: its plain-text projection,
 * identical to `toPlainText(doc)`, and conversions between offsets into
 * that text and ProseMirror positions. Offsets count UTF-16 code units.
 * Built in one walk of the document; each conversion is O(log blocks).
 * Immutable, like the document it describes.
 */
export class TextIndex {
  /** The document's plain-text projection. */
  readonly text: string;
  // Per segment: its first offset, its first position and its length.
  private readonly offsets: number[] = [];
  private readonly positions: number[] = [];
  private readonly lengths: number[] = [];

  /** Indexes `doc` (one walk over its textblocks). */
  constructor(readonly doc: ProseMirrorNode) {
    const parts: string[] = [];
    let offset = 0;
    let blocks = 0;
    doc.descendants((block, blockPos) => {
      if (!block.isTextblock) return true;
      if (blocks++ > 0) {
        parts.push(BLOCK_SEPARATOR);
        offset += BLOCK_SEPARATOR.length;
      }
      let segmentPos = blockPos + 1;
      let length = 0;
      block.forEach((child, childOffset) => {
        const text = child.isText ? child.textContent : child.type.name === "hard_break" ? "\n" : null;
        if (text !== null) {
          parts.push(text);
          length += text.length;
          return;
        }
        // An inline node with no text of its own ends the segment.
        this.push(offset, segmentPos, length);
        offset += length;
        segmentPos = blockPos + 1 + childOffset + child.nodeSize;
        length = 0;
      });
      this.push(offset, segmentPos, length);
      offset += length;
      // Stryker disable next-line BooleanLiteral: equivalent, a textblock's children are inline, so descending into them finds no textblock.
      return false;
    });
    this.text = parts.join("");
  }

  private push(offset: number, pos: number, length: number): void {
    this.offsets.push(offset);
    this.positions.push(pos);
    this.lengths.push(length);
  }

  /**
   * The ProseMirror position of text offset `offset` (0…text.length), an
   * offset being a boundary between code units. Bias "start" reads it as
   * the start of a range — the position before the character at `offset`
   * — and "end" as the end of one — the position after the character
   * before it. So when that character is part of a block separator, "start"
   * gives the start of the next block's text and "end" the end of the
   * previous block's. Throws a RangeError for an offset outside the text.
   */
  toPos(offset: number, bias: Bias): number {
    checkInteger(offset, this.text.length, "Offset");
    const last = this.offsets.length - 1;
    if (last < 0) return 0; // no textblocks, so the text is ""
    if (bias === "start") {
      // The segment holding the character at `offset`, else the next one.
      const i = lastAtMost(this.offsets, offset);
      const into = offset - this.offsets[i];
      if (into < this.lengths[i] || i === last) return this.positions[i] + into;
      return this.positions[i + 1];
    }
    // The segment holding the character before `offset`, else the previous one.
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.offsets[middle] + this.lengths[middle] >= offset) high = middle;
      else low = middle + 1;
    }
    if (this.offsets[low] < offset || low === 0) return this.positions[low] + offset - this.offsets[low];
    return this.positions[low - 1] + this.lengths[low - 1];
  }

  /**
   * The text offset of ProseMirror position `pos` (0…doc.content.size).
   * A position outside any textblock's text — between blocks, on a rule,
   * inside a list's wrapper — maps to the start of the next text for bias
   * "start" (the default) and the end of the previous text for "end",
   * clamped to the ends of the text. Throws a RangeError for a position
   * outside the document.
   */
  // Stryker disable next-line StringLiteral: equivalent, toOffset reads every bias but "end" as "start".
  toOffset(pos: number, bias: Bias = "start"): number {
    checkInteger(pos, this.doc.content.size, "Position");
    const i = lastAtMost(this.positions, pos);
    if (i < 0) return 0;
    const into = pos - this.positions[i];
    if (into <= this.lengths[i]) return this.offsets[i] + into;
    if (bias === "end" || i + 1 === this.offsets.length) return this.offsets[i] + this.lengths[i];
    return this.offsets[i + 1];
  }
}

/**
 * The TextIndex of `doc`, built on first use and then kept for as long as
 * the node lives: documents are immutable, so an editor that asks on every
 * transaction pays for one walk per new document, not per question.
 */
export function textIndexOf(doc: ProseMirrorNode): TextIndex {
  let index = cache.get(doc);
  if (index === undefined) {
    index = new TextIndex(doc);
    cache.set(doc, index);
  }
  return index;
}
