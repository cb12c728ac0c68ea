// @vitest-environment jsdom
import type { Node as ProseMirrorNode } from "prosemirror-model";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { afterEach, describe, expect, it } from "vitest";
import { annotationDecorations, setAnnotations } from "../../../lib/anchoring/annotation-decorations";
import { annotationClassName } from "../../../lib/anchoring/annotation-class";
import { describeRange } from "../../../lib/anchoring/describe-range";
import { prepaintedArticle, type PrepaintAnnotation } from "../../../lib/anchoring/prepainted-article";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { importMarkdown } from "../../../lib/editor/import-markdown";
import { docOf, offsetsOf, p, sampleDoc, seededRandom } from "./fixtures";

// The prepainted article is worth sending only if it is what the editor
// draws next: same text, same stretches, same tints. Each case draws both in
// jsdom, the editor through a real EditorView, and compares them character
// by character.

let view: EditorView | null = null;
afterEach(() => view?.destroy());

/** The editor's element for `doc` with `annotations` drawn. */
function editorDrawing(doc: ProseMirrorNode, annotations: readonly PrepaintAnnotation[]): HTMLElement {
  const state = EditorState.create({ doc, plugins: [annotationDecorations()] });
  view = new EditorView(document.createElement("div"), { state, editable: () => false });
  const specs = annotations.map((a) => ({ id: a.id, target: a.target, className: annotationClassName(a.kind) }));
  view.dispatch(setAnnotations(view.state.tr, specs));
  return view.dom;
}

function prepainted(doc: ProseMirrorNode, annotations: readonly PrepaintAnnotation[]): HTMLElement {
  const element = document.createElement("div");
  element.innerHTML = prepaintedArticle(doc.toJSON(), annotations);
  return element;
}

/**
 * Each character's drawing: the tags it is inside (below `root`, stretches
 * as "span.<classes>#<count>"), run-length encoded.
 */
function drawing(root: HTMLElement): string[] {
  const runs: { path: string; text: string }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const tags: string[] = [];
    for (let at = node.parentElement; at && at !== root; at = at.parentElement) {
      const count = at.getAttribute("data-annotation-count");
      tags.unshift(count === null ? at.tagName.toLowerCase() : `span.${at.className}#${count}`);
    }
    const path = tags.join(">");
    const last = runs[runs.length - 1];
    // ProseMirror may split one stretch's text over adjacent text nodes: join them as a reader sees them.
    if (last?.path === path) last.text += node.textContent;
    else runs.push({ path, text: node.textContent ?? "" });
  }
  return runs.map(({ path, text }) => `${path} ${JSON.stringify(text)}`);
}

function annotationOn(doc: ProseMirrorNode, id: string, kind: string, quote: string, nth = 0): PrepaintAnnotation {
  const index = new TextIndex(doc);
  const { start, end } = offsetsOf(index.text, quote, nth);
  return { id, kind, target: describeRange(index, index.toPos(start, "start"), index.toPos(end, "end"))! };
}

function expectSameDrawing(doc: ProseMirrorNode, annotations: readonly PrepaintAnnotation[]) {
  const expected = drawing(editorDrawing(doc, annotations));
  expect(drawing(prepainted(doc, annotations))).toEqual(expected);
  return expected;
}

describe("prepaintedArticle", () => {
  it("draws the sample article with a class's 1,500 overlapping annotations as the editor does", () => {
    const doc = sampleDoc();
    const index = new TextIndex(doc);
    const random = seededRandom(12);
    const kinds = ["claim", "evidence", "premise", "objection"];
    const annotations: PrepaintAnnotation[] = [];
    while (annotations.length < 1_500) {
      const start = Math.floor(random() * (index.text.length - 40));
      const end = Math.min(index.text.length, start + 5 + Math.floor(random() * 60));
      const target = describeRange(index, index.toPos(start, "start"), index.toPos(end, "end"));
      const i = annotations.length;
      if (target) annotations.push({ id: `a${i}`, kind: kinds[i % kinds.length]!, target });
    }
    const runs = expectSameDrawing(doc, annotations);
    expect(runs.filter((run) => run.includes("annotation-count-6-plus")).length).toBeGreaterThan(100);
    expect(runs.some((run) => run.includes("annotation-mixed"))).toBe(true);
  });

  it("keeps marks, links, lists, code, hard breaks and empty lines, with stretches inside the marks", () => {
    const doc = importMarkdown(
      "# Title\n\nA *stressed* and **strong** [link](https://example.org/x?a=1&b=2) with `code`, ***both*** and **[a bold link](https://example.org/)**.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\nlet x = 1 < 2;\n```\n\n---\n\nlast",
    ).doc;
    const annotations = [
      annotationOn(doc, "m", "claim", "stressed* and".replace("*", "")),
      annotationOn(doc, "n", "evidence", "strong link"),
      annotationOn(doc, "l", "premise", "one"),
      annotationOn(doc, "c", "objection", "x = 1 < 2"),
      annotationOn(doc, "b", "claim", "both and a bold"),
    ];
    const runs = expectSameDrawing(doc, annotations);
    expect(runs).toContain('p>em>span.annotation annotation-claim annotation-count-1#1 "stressed"');
    // Two marks on one text nest as ProseMirror nests them (by the schema's order of marks).
    expect(runs.some((run) => /^p>(em>strong|strong>em)>span/.test(run))).toBe(true);
    expect(prepaintedArticle(doc.toJSON(), [])).toContain('href="https://example.org/x?a=1&amp;b=2"');
  });

  it("escapes the text: markup in a document is text, never elements", () => {
    const doc = docOf("<b>not bold</b>", p('a <script>alert("x")</script> & b'));
    const annotations = [annotationOn(doc, "s", "claim", "<script>")];
    expectSameDrawing(doc, annotations);
    const html = prepaintedArticle(doc.toJSON(), annotations);
    expect(html).not.toContain("<script>");
    expect(prepainted(doc, annotations).querySelectorAll("script, b")).toHaveLength(0);
  });

  it("draws 300 annotations on one sentence one element deep, and leaves out a passage that is not in the text", () => {
    const doc = sampleDoc();
    const sentence = "The assertion that Netanyahu";
    const many = Array.from({ length: 300 }, (_, i) => annotationOn(doc, `s${i}`, "claim", sentence));
    const lost = { ...annotationOn(doc, "gone", "claim", sentence) };
    lost.target = { ...lost.target, exact: "words this article never says", start: 0, end: 29, prefix: "", suffix: "" };
    const runs = expectSameDrawing(doc, [...many, lost]);
    expect(runs.filter((run) => run.includes("#300"))).toEqual([
      `p>span.annotation annotation-claim annotation-count-6-plus#300 "${sentence}"`,
    ]);
  });

  it("draws an empty line as the editor keeps it, a line high", () => {
    const doc = docOf("Title", p(), p("after"));
    expect(prepaintedArticle(doc.toJSON(), [])).toBe("<h1>Title</h1><p><br></p><p>after</p>");
  });
});
