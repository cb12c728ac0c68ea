import type { Node as ProseMirrorNode } from "prosemirror-model";
import { Decoration } from "prosemirror-view";
import type { DecorationSet } from "prosemirror-view";
import { countBucket, overlapSegments } from "./overlap-segments";
import type { Covering, OverlapSegment } from "./overlap-segments";
import type { PositionRange } from "./types";

// What the annotationDecorations plugin draws: not each annotation's piece
// (kept as the model of where annotations are, see annotation-state.ts),
// but one element per stretch of text covered by the same annotations,
// so that however many overlap, the elements they make nest at most two
// deep (the stretch, and a mark after a passage's last character inside
// it). Only the textblocks a change touches are cut again.

/** An annotation as far as drawing its stretches needs: its class, its DOM attributes, its end mark. */
export interface OverlapSpec {
  readonly className: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** The classes a stretch is drawn with, besides those of its annotations. */
export interface OverlapClasses {
  /** Given the focused annotation's stretches. */
  readonly focused: string;
  /** Instead of the annotations' class when they differ (kinds mixed). */
  readonly mixed: string;
  /** Followed by the count's bucket ("1", "2", "3-5", "6-plus"), which sets the tint. */
  readonly countPrefix: string;
}

/** What a piece of the model carries: its annotation, and whether it is the end mark. */
export type Piece = { readonly id: string; readonly end?: boolean };

/** A stretch's spec, to tell stretches and end marks apart when a block is cut again. */
type Drawn = { readonly overlap: true };

/** Titles of more annotations than this say only how many more there are. */
const TITLES_NAMED = 3;

function titleOf(segment: OverlapSegment, specs: ReadonlyMap<string, OverlapSpec>): string | null {
  const titles = segment.ids.flatMap((id) => specs.get(id)?.attrs?.title ?? []);
  if (segment.count === 1) return titles[0] ?? null;
  const named = titles.slice(0, TITLES_NAMED);
  const more = segment.count - named.length;
  return `${segment.count} annotations: ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

/** The DOM attributes of one stretch: one element, whatever the number of annotations over it. */
export function overlapAttrs(
  segment: OverlapSegment,
  specs: ReadonlyMap<string, OverlapSpec>,
  classes: OverlapClasses,
): Record<string, string> {
  // One annotation alone keeps every attribute it asked for (a title, a lang…).
  const own = segment.count === 1 ? (specs.get(segment.ids[0]!)?.attrs ?? {}) : {};
  const className = [
    segment.sharedClass ?? classes.mixed,
    `${classes.countPrefix}${countBucket(segment.count)}`,
    ...(segment.focused ? [classes.focused] : []),
  ].join(" ");
  const title = titleOf(segment, specs);
  return {
    ...own,
    // Its own element: ProseMirror would merge another decoration's attributes into it otherwise.
    nodeName: "span",
    class: className,
    "data-annotation-ids": segment.ids.join(" "),
    "data-annotation-count": String(segment.count),
    ...(title ? { title } : {}),
  };
}

type Block = { readonly from: number; readonly to: number };

/** `ranges` sorted, overlapping and touching ones joined. */
function mergeRanges(ranges: readonly PositionRange[]): PositionRange[] {
  const merged: PositionRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, range.to) };
    else merged.push(range);
  }
  return merged;
}

/** Above this many blocks, one pass over every decoration beats a lookup per block. */
const FEW_BLOCKS = 32;

/** The textblocks (their content ranges) that `ranges` touch, in document order. */
function textblocksIn(doc: ProseMirrorNode, ranges: readonly PositionRange[]): Block[] {
  const starts = new Set<number>();
  const blocks: Block[] = [];
  const visit = (node: ProseMirrorNode, pos: number) => {
    if (!node.isTextblock) return true;
    if (!starts.has(pos)) blocks.push({ from: pos + 1, to: pos + node.nodeSize - 1 });
    starts.add(pos);
    return false;
  };
  if (ranges.length <= FEW_BLOCKS) {
    for (const { from, to } of ranges) doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), visit);
  } else {
    const merged = mergeRanges(ranges);
    let next = 0;
    doc.descendants((node, pos) => {
      while (next < merged.length && merged[next]!.to < pos) next++;
      // Stryker disable next-line ConditionalExpression: equivalent, a node no range reaches only costs a walk.
      return next < merged.length && merged[next]!.from <= pos + node.nodeSize ? visit(node, pos) : false;
    });
  }
  return blocks.sort((a, b) => a.from - b.from);
}

/** The decorations of `set` in each of `blocks` (sorted, disjoint). */
function byBlock(set: DecorationSet, blocks: readonly Block[]): Decoration[][] {
  if (blocks.length <= FEW_BLOCKS) return blocks.map((block) => set.find(block.from, block.to));
  const all = set.find().sort((a, b) => a.from - b.from);
  let next = 0;
  return blocks.map((block) => {
    const inside: Decoration[] = [];
    for (; next < all.length && all[next]!.from <= block.to; next++) {
      if (all[next]!.to >= block.from) inside.push(all[next]!);
    }
    return inside;
  });
}

/** One end mark per position, however many passages end there. */
function endMarks(pieces: readonly Decoration[]): Decoration[] {
  const marks = new Map<string, Decoration>();
  for (const piece of pieces) {
    const key = `${piece.from}:${piece.to}`;
    if ((piece.spec as Piece).end && !marks.has(key)) {
      const attrs = (piece as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      marks.set(key, Decoration.inline(piece.from, piece.to, attrs, {}));
    }
  }
  return [...marks.values()];
}

/** What redrawing needs to know of the plugin's state. */
export interface OverlapSources {
  /** Each annotation's pieces, `{ id }` or `{ id, end: true }` as their spec. */
  readonly pieces: DecorationSet;
  readonly specs: ReadonlyMap<string, OverlapSpec>;
  readonly focused: string | null;
}

/**
 * `drawn` with the stretches and end marks of every textblock `ranges`
 * touch cut again from `sources`; the other blocks' are kept as they are.
 */
export function redrawOverlaps(
  drawn: DecorationSet,
  sources: OverlapSources,
  doc: ProseMirrorNode,
  ranges: readonly PositionRange[],
  classes: OverlapClasses,
): DecorationSet {
  if (ranges.length === 0) return drawn;
  const blocks = textblocksIn(doc, ranges);
  const stale = byBlock(drawn, blocks).flat();
  const added: Decoration[] = [];
  byBlock(sources.pieces, blocks).forEach((pieces, i) => {
    const block = blocks[i]!;
    const coverings: Covering[] = [];
    for (const piece of pieces) {
      const { id, end } = piece.spec as Piece;
      const spec = sources.specs.get(id);
      if (end || !spec) continue;
      const from = Math.max(block.from, piece.from);
      const to = Math.min(block.to, piece.to);
      coverings.push({ id, from, to, className: spec.className });
    }
    for (const segment of overlapSegments(coverings, sources.focused)) {
      const attrs = overlapAttrs(segment, sources.specs, classes);
      added.push(Decoration.inline(segment.from, segment.to, attrs, { overlap: true } satisfies Drawn));
    }
    added.push(...endMarks(pieces));
  });
  return drawn.remove(stale).add(doc, added);
}
