import { EditorState } from "prosemirror-state";
import type { Transaction } from "prosemirror-state";
import type { Decoration } from "prosemirror-view";
import { describe, expect, it } from "vitest";
import {
  anchorsOf,
  annotationDecorations,
  annotationDecorationsKey,
  focusAnnotation,
  removeAnnotation,
  setAnnotations,
  upsertAnnotation,
} from "../../../lib/anchoring/annotation-decorations";
import type { AnnotationDecorationSpec } from "../../../lib/anchoring/annotation-decorations";
import { currentTargets } from "../../../lib/anchoring/current-targets";
import { describeRange } from "../../../lib/anchoring/describe-range";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { rangeOf, sampleDoc } from "./fixtures";

const doc = sampleDoc();
const index = new TextIndex(doc);

function spec(id: string, quote: string, nth = 0): AnnotationDecorationSpec {
  const { from, to } = rangeOf(index, quote, nth);
  return { id, target: describeRange(index, from, to)!, className: `annotation annotation-${id}` };
}

const SUMMIT = "White House summit";
const ACROSS = "Fracture\n\nThe assertion that Netanyahu";
const FIGURE = "[Strategic Leverage Policy]";
const summit = rangeOf(index, SUMMIT);
const across = rangeOf(index, ACROSS);

function start(specs = [spec("a", SUMMIT), spec("b", ACROSS), spec("c", FIGURE)]): EditorState {
  const state = EditorState.create({ doc, plugins: [annotationDecorations()] });
  return state.apply(setAnnotations(state.tr, specs));
}

const pluginState = (state: EditorState) => annotationDecorationsKey.getState(state)!;
const apply = (state: EditorState, edit: (tr: Transaction) => Transaction) => state.apply(edit(state.tr));

/** Each annotation's decorations as [from, to] pieces, in document order. */
function drawn(state: EditorState): Record<string, [number, number][]> {
  const pieces: Record<string, [number, number][]> = {};
  for (const decoration of pluginState(state).decorations.find()) {
    const id = (decoration.spec as { id: string }).id;
    (pieces[id] ??= []).push([decoration.from, decoration.to]);
  }
  for (const list of Object.values(pieces)) list.sort((a, b) => a[0] - b[0]);
  return pieces;
}

function decorationOf(state: EditorState, id: string): Decoration {
  return pluginState(state).decorations.find(undefined, undefined, (s) => s.id === id)[0];
}

describe("annotationDecorations", () => {
  it("draws each annotation as an inline decoration over its passage, across blocks too", () => {
    const state = start();
    const { orphaned } = pluginState(state);
    const anchors = anchorsOf(pluginState(state));
    expect(anchors.get("a")).toEqual(summit);
    expect(anchors.get("b")).toEqual(across);
    expect(orphaned.size).toBe(0);
    const a = decorationOf(state, "a");
    expect([a.from, a.to]).toEqual([summit.from, summit.to]);
    expect((a as unknown as { type: { attrs: object } }).type.attrs).toEqual({
      class: "annotation annotation-a",
      "data-annotation-id": "a",
    });
    // The cross-block passage is drawn as one piece per textblock, each in its
    // block's own subtree (a piece spanning blocks would sit in the document's
    // list, which the view scans for every block on every update).
    const $from = state.doc.resolve(across.from);
    const $to = state.doc.resolve(across.to);
    expect($from.parent.type.name).toBe("heading");
    expect(drawn(state).b).toEqual([
      [across.from, $from.end()],
      [$to.start(), across.to],
    ]);
  });

  it("moves annotations with edits before them and keeps them through edits after them", () => {
    const state = start();
    const before = apply(state, (tr) => tr.insertText("NEW ", 100));
    expect(anchorsOf(pluginState(before)).get("a")).toEqual({ from: summit.from + 4, to: summit.to + 4 });
    expect(drawn(before).a).toEqual([[summit.from + 4, summit.to + 4]]);
    const after = apply(state, (tr) => tr.delete(summit.to + 10, summit.to + 20));
    expect(anchorsOf(pluginState(after)).get("a")).toEqual(summit);
    expect(drawn(after).a).toEqual([[summit.from, summit.to]]);
    expect(anchorsOf(pluginState(after)).get("b")).toEqual({ from: across.from - 10, to: across.to - 10 });
  });

  it("grows with text typed inside, but not with text typed at either edge", () => {
    const state = start();
    const inside = apply(state, (tr) => tr.insertText("big ", summit.from + 6));
    expect(drawn(inside).a).toEqual([[summit.from, summit.to + 4]]);
    expect(inside.doc.textBetween(summit.from, summit.to + 4)).toBe("White big House summit");
    const edges = apply(state, (tr) => tr.insertText("!", summit.to).insertText("the ", summit.from));
    expect(anchorsOf(pluginState(edges)).get("a")).toEqual({ from: summit.from + 4, to: summit.to + 4 });
    expect(drawn(edges).a).toEqual([[summit.from + 4, summit.to + 4]]);
  });

  it("shrinks to what is left when a deletion overlaps either end", () => {
    const state = start();
    // "White House summit": delete from before it into "White", then from "summit" past its end.
    const start3 = apply(state, (tr) => tr.delete(summit.from - 3, summit.from + 3));
    expect(anchorsOf(pluginState(start3)).get("a")).toEqual({ from: summit.from - 3, to: summit.to - 6 });
    expect(start3.doc.textBetween(summit.from - 3, summit.to - 6)).toBe("te House summit");
    const end3 = apply(state, (tr) => tr.delete(summit.to - 3, summit.to + 3));
    expect(end3.doc.textBetween(summit.from, summit.to - 3)).toBe("White House sum");
    expect(anchorsOf(pluginState(end3)).get("a")).toEqual({ from: summit.from, to: summit.to - 3 });
  });

  it("maps the decorations, without rebuilding them, on a document change", () => {
    const state = start();
    const edited = apply(state, (tr) => tr.insertText("x", 100));
    expect(decorationOf(edited, "a").spec).toBe(decorationOf(state, "a").spec);
    expect(decorationOf(edited, "c").spec).toBe(decorationOf(state, "c").spec);
  });

  it("orphans an annotation whose passage is deleted, and only then changes the orphan set", () => {
    const state = start();
    const deleted = apply(state, (tr) => tr.delete(summit.from - 5, summit.to + 3));
    const { orphaned } = pluginState(deleted);
    const anchors = anchorsOf(pluginState(deleted));
    expect([...orphaned]).toEqual(["a"]);
    expect(anchors.has("a")).toBe(false);
    expect(drawn(deleted).a).toBeUndefined();
    expect(anchors.get("b")).toEqual({ from: across.from - 26, to: across.to - 26 });
    const typed = apply(deleted, (tr) => tr.insertText("y", 200));
    expect(pluginState(typed).orphaned).toBe(orphaned);
    expect(pluginState(start()).orphaned).toBe(pluginState(state).orphaned);
  });

  it("keeps a cross-block annotation while any of its blocks' text is left, and orphans it with the last", () => {
    const state = start();
    const $from = state.doc.resolve(across.from);
    const $to = state.doc.resolve(across.to);
    // Its text in the heading goes: the part in the paragraph stays, and so does the annotation.
    const headless = apply(state, (tr) => tr.delete(across.from, $from.end()));
    const shift = $from.end() - across.from;
    expect(pluginState(headless).orphaned.has("b")).toBe(false);
    expect(anchorsOf(pluginState(headless)).get("b")).toEqual({ from: $to.start() - shift, to: across.to - shift });
    // Then its text in the paragraph goes too.
    const gone = apply(headless, (tr) => tr.delete($to.start() - shift, across.to - shift));
    expect([...pluginState(gone).orphaned]).toEqual(["b"]);
    expect(anchorsOf(pluginState(gone)).has("b")).toBe(false);
  });

  it("orphans on set an annotation whose quote is nowhere in the document", () => {
    const missing = {
      ...spec("m", SUMMIT),
      target: { exact: "a quote from another article", prefix: "", suffix: "", start: 3, end: 31 },
    };
    const state = start([spec("a", SUMMIT), missing]);
    expect([...pluginState(state).orphaned]).toEqual(["m"]);
    expect(drawn(state).m).toBeUndefined();
  });

  it("upserts, removes and focuses annotations through transaction meta", () => {
    const state = start();
    const upserted = apply(state, (tr) => upsertAnnotation(tr, spec("d", "White House", 3)));
    expect(anchorsOf(pluginState(upserted)).get("d")).toEqual(rangeOf(index, "White House", 3));
    const restyled = apply(upserted, (tr) => upsertAnnotation(tr, { ...spec("a", SUMMIT), className: "other" }));
    expect((decorationOf(restyled, "a") as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toBe(
      "other",
    );
    const removed = apply(restyled, (tr) => removeAnnotation(tr, "b"));
    expect(Object.keys(drawn(removed)).sort()).toEqual(["a", "c", "d"]);
    const focused = apply(removed, (tr) => focusAnnotation(tr, "c"));
    const classOf = (s: EditorState, id: string) =>
      (decorationOf(s, id) as unknown as { type: { attrs: { class: string } } }).type.attrs.class;
    expect(classOf(focused, "c")).toBe("annotation annotation-c annotation-focused");
    const refocused = apply(focused, (tr) => focusAnnotation(tr, "d"));
    expect(classOf(refocused, "c")).toBe("annotation annotation-c");
    expect(classOf(refocused, "d")).toBe("annotation annotation-d annotation-focused");
    // Several changes in one transaction all apply.
    const both = apply(refocused, (tr) => removeAnnotation(upsertAnnotation(tr, spec("e", "Iran")), "a"));
    expect(Object.keys(drawn(both)).sort()).toEqual(["c", "d", "e"]);
  });

  it("keeps the mapped range of an annotation set again with its old target after edits", () => {
    const state = start();
    const edited = apply(state, (tr) => tr.insertText("big ", summit.from + 6).insertText("Preface. ", 90));
    const again = apply(edited, (tr) => setAnnotations(tr, [spec("a", SUMMIT), spec("c", FIGURE)]));
    expect(anchorsOf(pluginState(again)).get("a")).toEqual({ from: summit.from + 9, to: summit.to + 13 });
    expect(anchorsOf(pluginState(again)).has("b")).toBe(false);
  });

  it("gives the current targets of moved annotations, to be saved back", () => {
    const state = start();
    const edited = apply(state, (tr) => tr.insertText("big ", summit.from + 6).insertText("Preface. ", 90));
    const targets = currentTargets(edited);
    expect(targets.get("a")).toEqual({
      exact: "White big House summit",
      prefix: "f the two nations. The upcoming ",
      suffix: "—the first face-to-face meeting ",
      start: 524,
      end: 546,
    });
    expect(targets.get("b")).toMatchObject({ exact: ACROSS, start: 3770, end: 3808 });
    expect(currentTargets(EditorState.create({ doc })).size).toBe(0);
  });
});
