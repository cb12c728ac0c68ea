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
import { schema } from "../../../lib/editor/schema";
import { docOf, p, rangeOf, sampleDoc } from "./fixtures";

const doc = sampleDoc();
const index = new TextIndex(doc);

function spec(id: string, quote: string, nth = 0, within = index): AnnotationDecorationSpec {
  const { from, to } = rangeOf(within, quote, nth);
  return { id, target: describeRange(within, from, to)!, className: `annotation annotation-${id}` };
}

const SUMMIT = "White House summit";
const ACROSS = "Fracture\n\nThe assertion that Netanyahu";
const FIGURE = "[Strategic Leverage Policy]";
const summit = rangeOf(index, SUMMIT);
const across = rangeOf(index, ACROSS);

function start(specs = [spec("a", SUMMIT), spec("b", ACROSS), spec("c", FIGURE)], on = doc): EditorState {
  const state = EditorState.create({ doc: on, plugins: [annotationDecorations()] });
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

/** The DOM attributes annotation `id`'s (first) decoration gives its text. */
function attrsOf(state: EditorState, id: string): Record<string, string> {
  return (decorationOf(state, id) as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
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
    expect(attrsOf(state, "a")).toEqual({
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
    expect(pluginState(headless).orphaned).toBe(pluginState(state).orphaned);
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
    expect(attrsOf(restyled, "a").class).toBe("other");
    const removed = apply(restyled, (tr) => removeAnnotation(tr, "b"));
    expect(Object.keys(drawn(removed)).sort()).toEqual(["a", "c", "d"]);
    const focused = apply(removed, (tr) => focusAnnotation(tr, "c"));
    const classOf = (s: EditorState, id: string) => attrsOf(s, id).class;
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

  it("leaves out of the current targets an annotation whose passage was edited down to spaces", () => {
    const state = start();
    // "White House summit" becomes "W    t", then its first and last letters go.
    const spaced = apply(state, (tr) => tr.insertText("    ", summit.from + 1, summit.to - 1));
    const blank = apply(spaced, (tr) =>
      tr.delete(summit.from + 5, summit.from + 6).delete(summit.from, summit.from + 1),
    );
    const range = anchorsOf(pluginState(blank)).get("a")!;
    expect(blank.doc.textBetween(range.from, range.to)).toBe("    ");
    expect([...currentTargets(blank).keys()].sort()).toEqual(["b", "c"]);
  });

  it("gives only the ranges asked for when anchorsOf is given ids", () => {
    const anchors = anchorsOf(pluginState(start()), new Set(["b", "z"]));
    expect([...anchors]).toEqual([["b", across]]);
  });

  it("draws a passage across list items and an empty paragraph as one piece per textblock with text", () => {
    const item = (text: string) => schema.nodes.list_item.create(null, p(text));
    const listed = docOf(
      "T",
      schema.nodes.bullet_list.create(null, [item("first item"), item("second item")]),
      schema.nodes.paragraph.create(),
      p("after the blank"),
    );
    const within = new TextIndex(listed);
    const quotes = { list: "item\n\nsecond", blank: "second item\n\n\n\nafter" };
    const state = start([spec("list", quotes.list, 0, within), spec("blank", quotes.blank, 0, within)], listed);
    const list = rangeOf(within, quotes.list);
    const blank = rangeOf(within, quotes.blank);
    const [first, second, last] = [list.from, list.to, blank.to].map((pos) => listed.resolve(pos));
    expect([first, second, last].map(($pos) => $pos.parent.textContent)).toEqual([
      "first item",
      "second item",
      "after the blank",
    ]);
    expect(drawn(state).list).toEqual([
      [list.from, first.end()],
      [second.start(), list.to],
    ]);
    // Nothing is drawn in the empty paragraph between.
    expect(drawn(state).blank).toEqual([
      [blank.from, second.end()],
      [last.start(), blank.to],
    ]);
  });
});

describe("annotationDecorations redraws only what a change touches", () => {
  const withAttrs = (attrs: Record<string, string>) => ({ ...spec("a", SUMMIT), attrs });
  const listed = () => [withAttrs({ title: "A note", lang: "en" }), spec("b", ACROSS), spec("c", FIGURE)];

  it("keeps every decoration, and the orphan set, when the same list is set again", () => {
    const state = start(listed());
    const again = listed();
    const next = apply(state, (tr) => setAnnotations(tr, again));
    expect(pluginState(next).decorations).toBe(pluginState(state).decorations);
    expect(pluginState(next).orphaned).toBe(pluginState(state).orphaned);
    // The list kept is the one last given.
    expect(pluginState(next).specs.get("a")).toBe(again[0]);
  });

  it("redraws an annotation whose class or attributes changed, and it alone", () => {
    const state = start(listed());
    const changes: Record<string, AnnotationDecorationSpec> = {
      "a new class": { ...listed()[0], className: "other" },
      "one attribute changed": withAttrs({ title: "Another note", lang: "en" }),
      "an attribute added": withAttrs({ title: "A note", lang: "en", dir: "ltr" }),
      "an attribute removed": withAttrs({ title: "A note" }),
    };
    for (const [change, a] of Object.entries(changes)) {
      const next = apply(state, (tr) => setAnnotations(tr, [a, ...listed().slice(1)]));
      expect(attrsOf(next, "a"), change).toEqual({
        class: a.className,
        "data-annotation-id": "a",
        ...a.attrs,
      });
      expect(drawn(next).a, change).toEqual([[summit.from, summit.to]]);
      expect(decorationOf(next, "b").spec, change).toBe(decorationOf(state, "b").spec);
      expect(decorationOf(next, "c").spec, change).toBe(decorationOf(state, "c").spec);
    }
  });

  it("redraws on focus only the annotation that had the focus and the one that gets it", () => {
    const state = start();
    expect(pluginState(apply(state, (tr) => focusAnnotation(tr, null)))).toBe(pluginState(state));
    const focused = apply(state, (tr) => focusAnnotation(tr, "a"));
    expect(pluginState(focused).focused).toBe("a");
    expect(attrsOf(focused, "a").class).toBe("annotation annotation-a annotation-focused");
    expect(decorationOf(focused, "b").spec).toBe(decorationOf(state, "b").spec);
    const moved = apply(focused, (tr) => focusAnnotation(tr, "b"));
    expect(attrsOf(moved, "a").class).toBe("annotation annotation-a");
    expect(attrsOf(moved, "b").class).toBe("annotation annotation-b annotation-focused");
    expect(decorationOf(moved, "c").spec).toBe(decorationOf(state, "c").spec);
    const none = apply(moved, (tr) => focusAnnotation(tr, null));
    expect(pluginState(none).focused).toBeNull();
    expect(attrsOf(none, "b").class).toBe("annotation annotation-b");
  });

  it("keeps the focus through edits and through other changes to the list", () => {
    const focused = apply(start(), (tr) => focusAnnotation(tr, "c"));
    const typed = apply(focused, (tr) => tr.insertText("x", 100));
    const upserted = apply(typed, (tr) => upsertAnnotation(tr, spec("d", "White House", 3)));
    for (const state of [typed, upserted]) {
      expect(pluginState(state).focused).toBe("c");
      expect(attrsOf(state, "c").class).toBe("annotation annotation-c annotation-focused");
    }
  });

  /** The sample with annotation "a" orphaned by deleting its passage, then that passage typed back. */
  function orphanedThenRetyped(): EditorState {
    const deleted = apply(start(), (tr) => tr.delete(summit.from, summit.to));
    expect([...pluginState(deleted).orphaned]).toEqual(["a"]);
    const retyped = apply(deleted, (tr) => tr.insertText(SUMMIT, summit.from));
    expect(retyped.doc.eq(doc)).toBe(true);
    return retyped;
  }

  it("does not look for an orphan again while its target stays the same", () => {
    const state = orphanedThenRetyped();
    const unchanged = [spec("a", SUMMIT), spec("b", ACROSS), spec("c", FIGURE)];
    const set = apply(state, (tr) => setAnnotations(tr, unchanged));
    const upserted = apply(state, (tr) => upsertAnnotation(tr, { ...spec("a", SUMMIT), className: "other" }));
    const focused = apply(state, (tr) => focusAnnotation(tr, "a"));
    for (const next of [set, upserted, focused]) {
      expect(pluginState(next).orphaned).toBe(pluginState(state).orphaned);
      expect(drawn(next).a).toBeUndefined();
    }
  });

  it("looks for an orphan again when any part of its target changes", () => {
    const state = orphanedThenRetyped();
    const { target } = spec("a", SUMMIT);
    const changed = [
      { ...target, exact: "White House Summit" },
      { ...target, prefix: "" },
      { ...target, suffix: "" },
      { ...target, start: target.start + 1 },
      { ...target, end: target.end + 1 },
    ];
    for (const retarget of changed) {
      const next = apply(state, (tr) => setAnnotations(tr, [{ ...spec("a", SUMMIT), target: retarget }]));
      expect(pluginState(next).orphaned.size, JSON.stringify(retarget)).toBe(0);
      expect(drawn(next).a, JSON.stringify(retarget)).toEqual([[summit.from, summit.to]]);
    }
  });

  it("replaces the orphan set when one annotation is found again and another lost in one change", () => {
    const missing = { exact: "a quote from another article", prefix: "", suffix: "", start: 3, end: 31 };
    const state = start([{ ...spec("m", SUMMIT), target: missing }, spec("c", FIGURE)]);
    expect([...pluginState(state).orphaned]).toEqual(["m"]);
    // Focusing another annotation leaves the orphans as they are.
    expect(pluginState(apply(state, (tr) => focusAnnotation(tr, "c"))).orphaned).toBe(pluginState(state).orphaned);
    const swapped = apply(state, (tr) =>
      setAnnotations(tr, [spec("m", SUMMIT), { ...spec("c", FIGURE), target: missing }]),
    );
    expect([...pluginState(swapped).orphaned]).toEqual(["c"]);
    expect(anchorsOf(pluginState(swapped)).get("m")).toEqual(summit);
  });
});

describe("annotationDecorations end marks", () => {
  /** The decorations carrying `className`, as [from, to] with their DOM attributes. */
  const withClass = (state: EditorState, className: string) =>
    pluginState(state)
      .decorations.find()
      .filter((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class === className)
      .map((d) => ({ at: [d.from, d.to], attrs: (d as unknown as { type: { attrs: object } }).type.attrs }));

  it("draws the mark once, on the last character of a passage that crosses blocks, with the passage's title", () => {
    const marked = { ...spec("b", ACROSS), endClassName: "end-mark", attrs: { nodeName: "span", title: "Linked" } };
    const state = start([spec("a", SUMMIT), marked]);
    expect(withClass(state, "end-mark")).toEqual([
      { at: [across.to - 1, across.to], attrs: { class: "end-mark", nodeName: "span", title: "Linked" } },
    ]);
    // The mark is part of the passage: its range, and what a click there finds, stay the passage's.
    expect(anchorsOf(pluginState(state)).get("b")).toEqual(across);
    expect(
      pluginState(state)
        .decorations.find(across.to - 1, across.to)
        .every((d) => d.spec.id === "b"),
    ).toBe(true);
    expect(withClass(start([spec("a", SUMMIT), spec("b", ACROSS)]), "end-mark")).toEqual([]);
  });

  it("covers both halves of a surrogate pair that ends the passage", () => {
    const emoji = docOf("T", p("ab cd 😀 ef"));
    const within = new TextIndex(emoji);
    const state = start([{ ...spec("e", "cd 😀", 0, within), endClassName: "end-mark" }], emoji);
    const { to } = rangeOf(within, "cd 😀");
    expect(withClass(state, "end-mark").map((mark) => mark.at)).toEqual([[to - 2, to]]);
  });

  it("redraws a passage whose mark is added or taken away, and keeps it through a focus", () => {
    const state = start([spec("a", SUMMIT), spec("b", ACROSS)]);
    const marked = apply(state, (tr) =>
      setAnnotations(tr, [{ ...spec("a", SUMMIT), endClassName: "end-mark" }, spec("b", ACROSS)]),
    );
    expect(withClass(marked, "end-mark").map((mark) => mark.at)).toEqual([[summit.to - 1, summit.to]]);
    expect(decorationOf(marked, "b").spec).toBe(decorationOf(state, "b").spec);
    const focused = apply(marked, (tr) => focusAnnotation(tr, "a"));
    expect(withClass(focused, "end-mark")).toHaveLength(1);
    const unmarked = apply(focused, (tr) => setAnnotations(tr, [spec("a", SUMMIT), spec("b", ACROSS)]));
    expect(withClass(unmarked, "end-mark")).toEqual([]);
  });
});

describe("annotationDecorations draws stretches of constant overlap", () => {
  /** The drawn stretch over `range`'s first character. */
  const stretchAt = (state: EditorState, range: { from: number }) =>
    pluginState(state).segments.find(range.from, range.from + 1)[0]!;

  it("cuts again only the textblocks an edit touches, and maps the others", () => {
    const state = start();
    // Another paragraph, after the passage: its stretch is neither moved nor cut again.
    const elsewhere = apply(state, (tr) => tr.insertText("x", across.to + 5));
    expect(state.doc.resolve(across.to + 5).parent).not.toBe(state.doc.resolve(summit.from).parent);
    expect(stretchAt(elsewhere, summit).spec).toBe(stretchAt(state, summit).spec);
    const inside = apply(state, (tr) => tr.insertText("x", summit.from + 3));
    expect(stretchAt(inside, summit).spec).not.toBe(stretchAt(state, summit).spec);
    expect([stretchAt(inside, summit).from, stretchAt(inside, summit).to]).toEqual([summit.from, summit.to + 1]);
  });

  it("draws one stretch where the same annotations overlap, with how many and which", () => {
    const state = start([spec("a", SUMMIT), spec("b", SUMMIT), spec("c", "House")]);
    const stretches = pluginState(state).segments.find(summit.from, summit.to);
    const attrs = (d: Decoration) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect(stretches.map((d) => [d.from - summit.from, d.to - summit.from, attrs(d)["data-annotation-ids"]])).toEqual([
      [0, 6, "a b"],
      [6, 11, "c a b"],
      [11, 18, "a b"],
    ]);
    expect(attrs(stretches[1]!)).toMatchObject({ "data-annotation-count": "3", nodeName: "span" });
  });
});
