import { Node as ProseMirrorNode, type DOMOutputSpec, type Mark } from "prosemirror-model";
import type { Decoration } from "prosemirror-view";
import { schema } from "../editor/schema";
import type { TextTarget } from "../validation/annotation";
import { DEFAULT_OVERLAP_CLASSES } from "./annotation-decorations";
import { annotationClassName } from "./annotation-class";
import { applyAnnotationAction, EMPTY_ANNOTATION_STATE } from "./annotation-state";

// The article as the reader will draw it, as an HTML string made without a
// DOM, so the server can send the text with its highlights in the page: a
// student sees the reading when the HTML arrives, not after the page's
// JavaScript, the list and the editor (bench:students). The stretches are
// cut by the editor's own code (annotation-state.ts), so they are the ones
// the editor draws next; they carry only what shows, their classes and
// count, not the ids and titles the editor adds (three quarters of the bytes
// with 1,500 annotations: 589 kB against 181 kB).

/** What drawing an annotation's highlight needs. */
export type PrepaintAnnotation = { readonly id: string; readonly kind: string; readonly target: TextTarget };

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (value: string) => escapeText(value).replace(/"/g, "&quot;");

function attrsHtml(attrs: Record<string, unknown>): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join("");
}

/** `spec` (a schema's toDOM output) as HTML, with `content` in its hole. Only the array and string forms occur in Warrant's schema. */
function specHtml(spec: DOMOutputSpec, content: string): string {
  if (typeof spec === "string") return escapeText(spec);
  if (!Array.isArray(spec)) throw new Error("a toDOM that returns a DOM node cannot be drawn without a DOM");
  const [tag, ...rest] = spec as [string, ...unknown[]];
  const first = rest[0];
  const hasAttrs = first !== null && typeof first === "object" && !Array.isArray(first);
  const attrs = hasAttrs ? attrsHtml(first as Record<string, unknown>) : "";
  const children = (hasAttrs ? rest.slice(1) : rest)
    .map((child) => (child === 0 ? content : specHtml(child as DOMOutputSpec, content)))
    .join("");
  return VOID_TAGS.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${children}</${tag}>`;
}

const VOID_TAGS = new Set(["br", "hr", "img"]);

/** `html` inside `marks`, the first outermost, as ProseMirror nests them. */
function withMarks(html: string, marks: readonly Mark[]): string {
  return marks.reduceRight((inner, mark) => specHtml(mark.type.spec.toDOM!(mark, true), inner), html);
}

/** A stretch's element: its classes and count, as the editor's stretch has them. */
function stretchHtml(text: string, stretch: Decoration): string {
  const attrs = (stretch as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
  return `<span class="${escapeAttr(attrs.class ?? "")}" data-annotation-count="${escapeAttr(attrs["data-annotation-count"] ?? "")}">${escapeText(text)}</span>`;
}

/** A textblock's inline content starting at `start`, its text cut where `stretches` (sorted, disjoint) begin and end. */
function inlineHtml(block: ProseMirrorNode, start: number, stretches: readonly Decoration[]): string {
  if (block.content.size === 0) return "<br>"; // as the editor keeps an empty line a line high
  let html = "";
  let next = 0;
  block.forEach((child, offset) => {
    const from = start + offset;
    if (!child.isText) return void (html += specHtml(child.type.spec.toDOM!(child), ""));
    const text = child.text!;
    const to = from + text.length;
    let piece = "";
    for (let at = from; at < to;) {
      while (next < stretches.length && stretches[next]!.to <= at) next++;
      const stretch = stretches[next];
      if (stretch && stretch.from <= at) {
        const end = Math.min(to, stretch.to);
        piece += stretchHtml(text.slice(at - from, end - from), stretch);
        at = end;
      } else {
        const end = Math.min(to, stretch ? stretch.from : to);
        piece += escapeText(text.slice(at - from, end - from));
        at = end;
      }
    }
    html += withMarks(piece, child.marks);
  });
  return html;
}

function nodeHtml(node: ProseMirrorNode, pos: number, stretchesIn: (from: number, to: number) => Decoration[]): string {
  const start = pos + 1;
  let content = "";
  if (node.isTextblock) content = inlineHtml(node, start, stretchesIn(start, start + node.content.size));
  else node.forEach((child, offset) => (content += nodeHtml(child, start + offset, stretchesIn)));
  return specHtml(node.type.spec.toDOM!(node), content);
}

/**
 * The inside of the editor's element for the document `content` (ProseMirror
 * JSON of Warrant's schema) with `annotations` highlighted as the editor
 * highlights them: one span per stretch covered by the same annotations,
 * with the editor's classes (kind, count bucket) and data-annotation-count.
 * Annotations whose passage is not found are left out, as the editor leaves
 * them out of the text. No whitespace between elements: the text is the
 * editor's, character for character.
 */
export function prepaintedArticle(content: unknown, annotations: readonly PrepaintAnnotation[]): string {
  const doc = ProseMirrorNode.fromJSON(schema, content);
  const specs = annotations.map((annotation) => ({
    id: annotation.id,
    target: annotation.target,
    className: annotationClassName(annotation.kind),
  }));
  const state = applyAnnotationAction(EMPTY_ANNOTATION_STATE, { type: "set", specs }, doc, DEFAULT_OVERLAP_CLASSES);
  const stretchesIn = (from: number, to: number) =>
    state.segments
      .find(from, to, (spec) => (spec as { overlap?: boolean }).overlap === true)
      .filter((stretch) => stretch.from < to && stretch.to > from)
      .sort((a, b) => a.from - b.from);
  let html = "";
  doc.forEach((child, offset) => (html += nodeHtml(child, offset, stretchesIn)));
  return html;
}
