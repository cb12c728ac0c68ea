// @vitest-environment jsdom
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { afterEach, describe, expect, it } from "vitest";
import {
  annotationDecorations,
  focusAnnotation,
  setAnnotations,
  upsertAnnotation,
} from "../../../lib/anchoring/annotation-decorations";
import type { AnnotationDecorationSpec } from "../../../lib/anchoring/annotation-decorations";
import { describeRange } from "../../../lib/anchoring/describe-range";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { rangeOf, sampleDoc } from "./fixtures";

// The decorations as a real EditorView draws them (in jsdom).
const doc = sampleDoc();
const index = new TextIndex(doc);
const ACROSS = "the Patron-Client Fracture\n\nThe assertion that Netanyahu";

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function targetOf(quote: string) {
  const { from, to } = rangeOf(index, quote);
  return describeRange(index, from, to)!;
}

function mount(
  specs: AnnotationDecorationSpec[] = [
    { id: "x", target: targetOf(ACROSS), className: "annotation", attrs: { title: "A note" } },
  ],
): EditorView {
  const state = EditorState.create({ doc, plugins: [annotationDecorations()] });
  const place = document.createElement("div");
  document.body.append(place);
  view = new EditorView(place, { state, editable: () => false });
  view.dispatch(setAnnotations(view.state.tr, specs));
  return view;
}

/** How many elements deep the text inside `element` is wrapped, at most. */
function depthUnder(element: Element): number {
  return Math.max(0, ...[...element.children].map((child) => 1 + depthUnder(child)));
}

describe("annotation decorations in an EditorView", () => {
  it("draws a passage across a heading and a paragraph in both blocks, with its attributes", () => {
    const marked = [...mount().dom.querySelectorAll("[data-annotation-ids~='x']")];
    expect(marked.map((element) => [element.closest("h2, p")?.tagName, element.textContent])).toEqual([
      ["H2", "the Patron-Client Fracture"],
      ["P", "The assertion that Netanyahu"],
    ]);
    expect(
      marked.every(
        (element) =>
          element.className === "annotation annotation-count-1" && element.getAttribute("title") === "A note",
      ),
    ).toBe(true);
  });

  it("redraws the passage where it moved after an edit", () => {
    const editor = mount();
    editor.dispatch(editor.state.tr.insertText("The ", rangeOf(index, "Operational Mechanics").from));
    const marked = [...editor.dom.querySelectorAll("[data-annotation-ids~='x']")];
    expect(marked.map((element) => element.textContent).join("|")).toBe(
      "the Patron-Client Fracture|The assertion that Netanyahu",
    );
    expect(editor.dom.querySelector("h2 span[data-annotation-ids]")?.parentElement?.textContent).toBe(
      "The Operational Mechanics of the Patron-Client Fracture",
    );
  });
});

describe("overlapping annotations in an EditorView", () => {
  const SENTENCE = "White House summit";
  const WIDER = "The upcoming White House summit";
  const kinds = ["claim", "note"];
  const many = (count: number, kind = (_: number) => kinds[0]!, quote = SENTENCE): AnnotationDecorationSpec[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `r${String(i).padStart(4, "0")}`,
      target: targetOf(quote),
      className: `annotation annotation-${kind(i)}`,
      attrs: { title: `Claim · Reader ${i}` },
    }));

  it("wraps a sentence under 5,000 annotations in one element, whatever the number", () => {
    const wider = { id: "wide", target: targetOf(WIDER), className: "annotation annotation-claim" };
    const editor = mount([...many(5000), wider]);
    const paragraph = editor.dom.querySelector("[data-annotation-ids]")!.closest("p")!;
    expect(depthUnder(paragraph)).toBeLessThanOrEqual(2);
    const stretches = [...paragraph.querySelectorAll("[data-annotation-ids]")];
    expect(stretches.map((s) => [s.textContent, s.getAttribute("data-annotation-count"), s.className])).toEqual([
      ["The upcoming ", "1", "annotation annotation-claim annotation-count-1"],
      [SENTENCE, "5001", "annotation annotation-claim annotation-count-6-plus"],
    ]);
    // A bounded list of who is there: the innermost first.
    expect(stretches[1]!.getAttribute("data-annotation-ids")!.split(" ")).toHaveLength(8);
    expect(stretches[1]!.getAttribute("title")).toBe(
      "5001 annotations: Claim · Reader 0; Claim · Reader 1; Claim · Reader 2; and 4998 more",
    );
  });

  it("draws mixed kinds in a neutral look, and the focused annotation's stretches as focused", () => {
    const editor = mount(many(30, (i) => kinds[i % 2]!));
    const stretch = () => editor.dom.querySelector("[data-annotation-ids]")!;
    expect(stretch().className).toBe("annotation annotation-mixed annotation-count-6-plus");
    editor.dispatch(focusAnnotation(editor.state.tr, "r0029"));
    expect(stretch().className).toBe("annotation annotation-mixed annotation-count-6-plus annotation-focused");
    // Named first, so looking it up by id finds it although 29 others cover it too.
    expect(stretch().getAttribute("data-annotation-ids")!.split(" ")[0]).toBe("r0029");
    expect(editor.dom.querySelectorAll("[data-annotation-ids~='r0029']")).toHaveLength(1);
  });

  it("keeps text typed where two stretches of one annotation meet inside that annotation", () => {
    const editor = mount([
      { id: "outer", target: targetOf(WIDER), className: "annotation" },
      { id: "inner", target: targetOf(SENTENCE), className: "annotation" },
    ]);
    editor.dispatch(editor.state.tr.insertText("big ", rangeOf(index, SENTENCE).from));
    const covering = [...editor.dom.querySelectorAll("[data-annotation-ids~='outer']")];
    expect(covering.map((s) => s.textContent).join("|")).toBe("The upcoming big |White House summit");
  });

  it("draws one end mark where many linked passages end, inside the stretch", () => {
    const linked = many(300).map((spec) => ({ ...spec, endClassName: "end-mark" }));
    const editor = mount(linked);
    editor.dispatch(upsertAnnotation(editor.state.tr, { ...linked[0]!, className: "annotation annotation-note" }));
    const marks = [...editor.dom.querySelectorAll(".end-mark")];
    expect(marks.map((mark) => mark.textContent)).toEqual(["t"]);
    expect(depthUnder(marks[0]!.closest("p")!)).toBeLessThanOrEqual(2);
  });
});
