import { parse } from "parse5";

// jsdom builds a tree in time proportional to the number of elements times
// their depth (each insertion walks up its ancestors): 4,000 nested <div>s
// took 3.7 s, and 2 MB of them would take hours on the server's one event
// loop. parse5 — the parser inside jsdom — builds its own plain tree in
// linear time, so the depth is measured there first, and a page nested
// deeper than any real one is refused before jsdom sees it.

/**
 * The deepest element nesting an HTML import may have: room for a
 * document at MAX_DOCUMENT_DEPTH inside a site's layers of wrappers.
 */
export const MAX_HTML_DEPTH = 128;

interface TreeNode {
  readonly childNodes?: readonly TreeNode[];
  readonly content?: TreeNode;
}

/** True when the elements of `html` nest deeper than MAX_HTML_DEPTH (html and body included). */
export function isHtmlTooDeep(html: string): boolean {
  const stack: [TreeNode, number][] = [[parse(html) as TreeNode, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_HTML_DEPTH) return true;
    for (const child of node.childNodes ?? []) stack.push([child, depth + 1]);
    // A <template>'s children live in its content fragment.
    if (node.content) stack.push([node.content, depth + 1]);
  }
  return false;
}
