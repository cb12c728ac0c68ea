import type { Node as ProseMirrorNode } from "prosemirror-model";
import type { Mapping } from "prosemirror-transform";
import { Decoration, DecorationSet } from "prosemirror-view";
import type { TextTarget } from "../validation/annotation";
import { anchor } from "./anchor";
import { redrawOverlaps } from "./overlap-decorations";
import type { OverlapClasses, Piece } from "./overlap-decorations";
import { textIndexOf } from "./text-index";
import type { PositionRange } from "./types";

// The state behind the annotationDecorations plugin and its transitions,
// kept apart from the plugin so that they can be read and tested as plain
// functions. Only the annotations a change touches are redrawn: selecting
// one of ten thousand must not rebuild ten thousand decorations.
//
// Two sets are kept. `decorations` holds each annotation's own pieces: the
// model of where it is, mapped through edits, which anchorsOf and clicks
// read. `segments` is what the view draws: one element per stretch covered
// by the same annotations (overlap-decorations.ts), so that thirty or five
// thousand annotations on one sentence make one element there, not five
// thousand nested ones; only the textblocks a change touches are cut again.

/** An annotation to draw: its selectors, its class and extra DOM attributes. */
export interface AnnotationDecorationSpec {
  readonly id: string;
  readonly target: TextTarget;
  readonly className: string;
  readonly attrs?: Readonly<Record<string, string>>;
  /**
   * When set, the passage's last character gets a span of its own with this
   * class (and the passage's title), for a mark drawn once after the
   * passage: a class on the passage itself would repeat on every piece that
   * overlaps or block boundaries split it into.
   */
  readonly endClassName?: string;
}

/**
 * What the plugin knows. Every annotation in `specs` is either placed (its
 * pieces in `decorations`, one per textblock it covers, carry `{ id }` as
 * their spec; `anchorsOf` gives its range) or in `orphaned` (its passage
 * could not be found, or an edit deleted it). `segments` is what is drawn
 * of them. The collections are replaced, never
 * changed in place, and `orphaned` keeps its identity while its contents
 * stay the same, so `!==` detects change.
 */
export interface AnnotationDecorationsState {
  readonly decorations: DecorationSet;
  readonly segments: DecorationSet;
  readonly orphaned: ReadonlySet<string>;
  readonly specs: ReadonlyMap<string, AnnotationDecorationSpec>;
  readonly focused: string | null;
}

/** A change to the list of annotations, carried by a transaction's meta. */
export type AnnotationAction =
  | { readonly type: "set"; readonly specs: readonly AnnotationDecorationSpec[] }
  | { readonly type: "upsert"; readonly spec: AnnotationDecorationSpec }
  | { readonly type: "remove"; readonly id: string }
  | { readonly type: "focus"; readonly id: string | null };

/** The state with no annotations. */
export const EMPTY_ANNOTATION_STATE: AnnotationDecorationsState = {
  decorations: DecorationSet.empty,
  segments: DecorationSet.empty,
  orphaned: new Set(),
  specs: new Map(),
  focused: null,
};

function sameTarget(a: TextTarget, b: TextTarget): boolean {
  return (
    a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end
  );
}

function sameAttrs(a: AnnotationDecorationSpec["attrs"] = {}, b: AnnotationDecorationSpec["attrs"] = {}): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function sameSpec(a: AnnotationDecorationSpec | undefined, b: AnnotationDecorationSpec): boolean {
  return (
    a !== undefined &&
    sameTarget(a.target, b.target) &&
    a.className === b.className &&
    a.endClassName === b.endClassName &&
    sameAttrs(a.attrs, b.attrs)
  );
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/**
 * The range each drawn annotation covers in the current document, from its
 * decorations: from its first piece's start to its last piece's end. Only
 * annotations with an id in `only` when that is given. Computed on demand
 * (saving, say), not on every keystroke: keeping a map of ten thousand
 * ranges up to date made garbage on every edit.
 */
export function anchorsOf(state: AnnotationDecorationsState, only?: ReadonlySet<string>): Map<string, PositionRange> {
  const ranges = new Map<string, PositionRange>();
  const pieces = state.decorations.find(undefined, undefined, only && ((spec) => only.has((spec as Piece).id)));
  for (const piece of pieces) {
    const id = (piece.spec as Piece).id;
    const range = ranges.get(id);
    const [from, to] = range
      ? [Math.min(range.from, piece.from), Math.max(range.to, piece.to)]
      : [piece.from, piece.to];
    ranges.set(id, { from, to });
  }
  return ranges;
}

/** Where `mapping` changed the document, as ranges of the document it made. */
function changedRanges(mapping: Mapping): PositionRange[] {
  const ranges: PositionRange[] = [];
  mapping.maps.forEach((map, i) => {
    const after = mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, from, to) => ranges.push({ from: after.map(from, -1), to: after.map(to, 1) }));
  });
  return ranges;
}

/**
 * Follows a document change: maps the decorations (never rebuilding them)
 * through `mapping`, and cuts again the drawn stretches of the textblocks
 * it changed (text typed where two stretches meet belongs to the
 * annotations around it, which mapping alone cannot tell). An annotation
 * whose every piece was deleted (its whole passage) is orphaned.
 */
export function mapAnnotationState(
  state: AnnotationDecorationsState,
  mapping: Mapping,
  doc: ProseMirrorNode,
  classes: OverlapClasses,
): AnnotationDecorationsState {
  const lost = new Set<string>();
  const decorations = state.decorations.map(mapping, doc, { onRemove: (spec) => lost.add((spec as Piece).id) });
  const mapped = state.segments.map(mapping, doc);
  const segments = redrawOverlaps(mapped, { ...state, pieces: decorations }, doc, changedRanges(mapping), classes);
  // Stryker disable next-line ConditionalExpression: equivalent, anchorsOf with no ids finds nothing and nothing is orphaned; this only spares a walk of every decoration per keystroke.
  if (lost.size === 0) return { ...state, decorations, segments };
  // A piece gone is not the annotation gone: it may cover other blocks still.
  const left = anchorsOf({ ...state, decorations }, lost);
  const deleted = [...lost].filter((id) => !left.has(id));
  if (deleted.length === 0) return { ...state, decorations, segments };
  return { ...state, decorations, segments, orphaned: new Set([...state.orphaned, ...deleted]) };
}

/**
 * Applies one change to the list in document `doc`, redrawing only the
 * annotations it touches. A new annotation, or one whose target changed,
 * is anchored (see `anchor`) and orphaned when that fails; one whose target
 * is unchanged keeps its mapped range, or stays orphaned.
 */
export function applyAnnotationAction(
  state: AnnotationDecorationsState,
  action: AnnotationAction,
  doc: ProseMirrorNode,
  classes: OverlapClasses,
): AnnotationDecorationsState {
  let specs = state.specs;
  let focused = state.focused;
  const touched = new Set<string>();
  if (action.type === "set") {
    specs = new Map(action.specs.map((spec) => [spec.id, spec]));
    for (const id of state.specs.keys()) if (!specs.has(id)) touched.add(id);
    for (const spec of specs.values()) if (!sameSpec(state.specs.get(spec.id), spec)) touched.add(spec.id);
  } else if (action.type === "upsert") {
    specs = new Map(specs).set(action.spec.id, action.spec);
    touched.add(action.spec.id);
  } else if (action.type === "remove") {
    const rest = new Map(specs);
    rest.delete(action.id);
    specs = rest;
    touched.add(action.id);
  } else {
    focused = action.id;
    for (const id of [state.focused, action.id]) if (id !== null) touched.add(id);
  }
  if (touched.size === 0) return specs === state.specs ? state : { ...state, specs };

  const drawn = anchorsOf(state, touched);
  const orphaned = new Set(state.orphaned);
  const added: Decoration[] = [];
  for (const id of touched) {
    const spec = specs.get(id);
    const before = state.specs.get(id);
    const kept = spec !== undefined && before !== undefined && sameTarget(before.target, spec.target);
    orphaned.delete(id);
    if (spec === undefined) continue;
    const range = kept ? (drawn.get(id) ?? null) : anchor(textIndexOf(doc), spec.target);
    if (range === null) {
      orphaned.add(id);
      continue;
    }
    added.push(...decorate(doc, spec, range, focused, classes.focused));
  }
  // Where the touched annotations were, and where they are now (taken
  // before DecorationSet.add, which empties the array it is given).
  const redrawn = [...drawn.values(), ...added.map(({ from, to }) => ({ from, to }))];
  const stale = state.decorations.find(undefined, undefined, (spec) => touched.has((spec as Piece).id));
  const decorations = state.decorations.remove(stale).add(doc, added);
  return {
    decorations,
    segments: redrawOverlaps(state.segments, { pieces: decorations, specs, focused }, doc, redrawn, classes),
    orphaned: sameSet(orphaned, state.orphaned) ? state.orphaned : orphaned,
    specs,
    focused,
  };
}

// One inline decoration per textblock the range covers. ProseMirror keeps a
// decoration that crosses blocks in the parent's own list, and the view scans
// that list once for every child block on every update: a few thousand
// cross-block annotations in a long document made each keystroke cost tens
// of milliseconds. Pieces inside one block live in that block's subtree.
function decorate(
  doc: ProseMirrorNode,
  spec: AnnotationDecorationSpec,
  range: PositionRange,
  focused: string | null,
  focusedClass: string,
): Decoration[] {
  const className = spec.id === focused ? `${spec.className} ${focusedClass}` : spec.className;
  const attrs = { class: className, "data-annotation-id": spec.id, ...spec.attrs };
  const pieces: Decoration[] = [];
  doc.nodesBetween(range.from, range.to, (node, pos) => {
    if (!node.isTextblock) return true;
    const from = Math.max(range.from, pos + 1);
    const to = Math.min(range.to, pos + node.nodeSize - 1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a DecorationSet drops an empty inline decoration (an empty block's) when it is built.
    if (from < to) pieces.push(Decoration.inline(from, to, attrs, { id: spec.id } satisfies Piece));
    // Stryker disable next-line BooleanLiteral: equivalent, a textblock's children are inline, so descending into them finds nothing more.
    return false;
  });
  const last = pieces[pieces.length - 1];
  if (spec.endClassName && last) pieces.push(endPiece(doc, spec, spec.endClassName, last));
  return pieces;
}

// The last character of the passage (both halves of a surrogate pair, so
// the text is never split inside a character), as a piece of its own.
function endPiece(doc: ProseMirrorNode, spec: AnnotationDecorationSpec, className: string, last: Decoration) {
  const pair =
    last.to - last.from >= 2 && /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(doc.textBetween(last.to - 2, last.to));
  const from = pair ? last.to - 2 : last.to - 1;
  const title = spec.attrs?.title;
  const attrs = { class: className, nodeName: "span", ...(title ? { title } : {}) };
  return Decoration.inline(from, last.to, attrs, { id: spec.id, end: true } satisfies Piece);
}
