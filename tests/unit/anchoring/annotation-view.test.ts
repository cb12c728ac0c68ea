// @vitest-environment jsdom
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { afterEach, describe, expect, it } from "vitest";
import { annotationDecorations, setAnnotations } from "../../../lib/anchoring/annotation-decorations";
import { describeRange } from "../../../lib/anchoring/describe-range";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { rangeOf, sampleDoc } from "./fixtures";

// The decorations as a real EditorView draws them (in jsdom).
const doc = sampleDoc();
const index = new TextIndex(doc);
const ACROSS = "the Patron-Client Fracture\n\nThe assertion that Netanyahu";

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function mount(): EditorView {
  const { from, to } = rangeOf(index, ACROSS);
  const target = describeRange(index, from, to)!;
  const state = EditorState.create({ doc, plugins: [annotationDecorations()] });
  const place = document.createElement("div");
  document.body.append(place);
  view = new EditorView(place, { state, editable: () => false });
  view.dispatch(
    setAnnotations(view.state.tr, [{ id: "x", target, className: "annotation", attrs: { title: "A note" } }]),
  );
  return view;
}

describe("annotation decorations in an EditorView", () => {
  it("draws a passage across a heading and a paragraph in both blocks, with its attributes", () => {
    const marked = [...mount().dom.querySelectorAll("[data-annotation-id='x']")];
    expect(marked.map((element) => [element.closest("h2, p")?.tagName, element.textContent])).toEqual([
      ["H2", "the Patron-Client Fracture"],
      ["P", "The assertion that Netanyahu"],
    ]);
    expect(
      marked.every((element) => element.className === "annotation" && element.getAttribute("title") === "A note"),
    ).toBe(true);
  });

  it("redraws the passage where it moved after an edit", () => {
    const editor = mount();
    editor.dispatch(editor.state.tr.insertText("The ", rangeOf(index, "Operational Mechanics").from));
    const marked = [...editor.dom.querySelectorAll("[data-annotation-id='x']")];
    expect(marked.map((element) => element.textContent).join("|")).toBe(
      "the Patron-Client Fracture|The assertion that Netanyahu",
    );
    expect(editor.dom.querySelector("h2 span[data-annotation-id]")?.parentElement?.textContent).toBe(
      "The Operational Mechanics of the Patron-Client Fracture",
    );
  });
});
