import type { Node as ProseMirrorNode } from "prosemirror-model";

// A compact, exact picture of a document's top-level structure, so tests
// can compare a whole import in one assertion and fail on any difference.

function items(list: ProseMirrorNode): string {
  const texts: string[] = [];
  list.forEach((item) => texts.push(item.textContent));
  return texts.join(" | ");
}

function paragraphs(node: ProseMirrorNode): string {
  const texts: string[] = [];
  node.forEach((child) => texts.push(child.textContent));
  return texts.join(" | ");
}

function describe(node: ProseMirrorNode): string {
  switch (node.type.name) {
    case "title":
      return `title: ${node.textContent}`;
    case "heading":
      return `h${String(node.attrs.level)}: ${node.textContent}`;
    case "paragraph":
      return `p: ${node.textContent}`;
    case "code_block":
      return `pre: ${node.textContent}`;
    case "bullet_list":
      return `ul: ${items(node)}`;
    case "ordered_list":
      return `ol(${String(node.attrs.order)}): ${items(node)}`;
    case "byline":
      return `byline: ${paragraphs(node)}`;
    case "blockquote":
      return `quote: ${paragraphs(node)}`;
    default:
      return node.type.name;
  }
}

/**
 * One line per top-level node: "title: …", "h1: …", "p: …", "pre: …",
 * "ul: item | item", "ol(3): item | item", "byline: p | p", "quote: …",
 * "horizontal_rule". List items show their whole text content (nested
 * lists included).
 */
export function outline(doc: ProseMirrorNode): string[] {
  const lines: string[] = [];
  doc.forEach((node) => lines.push(describe(node)));
  return lines;
}

/** Every node of `doc` (the doc included) whose type is `name`. */
export function nodesOfType(doc: ProseMirrorNode, name: string): ProseMirrorNode[] {
  const found: ProseMirrorNode[] = [];
  doc.descendants((node) => {
    if (node.type.name === name) found.push(node);
  });
  if (doc.type.name === name) found.unshift(doc);
  return found;
}

/** All whitespace runs as one space, ends trimmed. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
