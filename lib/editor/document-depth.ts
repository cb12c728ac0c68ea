import type { Node as ProseMirrorNode } from "prosemirror-model";

// How deeply a document may nest: a quote in a list in a quote … Real
// writing stays within a dozen levels. The limit is there for the layers
// under the editor: the server's JSON serialisation and ProseMirror's
// parsers recurse once per level, and PostgreSQL's jsonb parser (PGlite's
// included) gives up near 900 levels of JSON, which can leave the
// embedded database unusable until a restart. A node nests two levels of
// JSON (the node and its content array), so 64 levels of nodes stay under
// 150 levels of JSON, far from that limit.

/** The deepest a document's nodes may nest, the doc itself at depth 0. */
export const MAX_DOCUMENT_DEPTH = 64;

/**
 * The deepest the JSON of a document within MAX_DOCUMENT_DEPTH nests: a
 * textblock at that depth is an object at 2 × depth + 1, then its content
 * array, a text node, its marks, a mark and the mark's attrs.
 */
export const MAX_DOCUMENT_JSON_DEPTH = 2 * MAX_DOCUMENT_DEPTH + 6;

/** What every refusal for nesting says, to the person whose document it is. */
export const TOO_DEEP = `The document is nested too deeply (more than ${MAX_DOCUMENT_DEPTH} levels of quotes, lists or sections)`;

/**
 * True when `node`, standing at `depth` (a doc at 0, its children at 1),
 * holds a node deeper than MAX_DOCUMENT_DEPTH. The walk keeps its own
 * stack, so no depth of input can overflow the call stack.
 */
export function isTooDeep(node: ProseMirrorNode, depth = 0): boolean {
  const stack: [ProseMirrorNode, number][] = [[node, depth]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [current, depth] = entry;
    if (depth > MAX_DOCUMENT_DEPTH) return true;
    current.forEach((child) => {
      if (!child.isLeaf) stack.push([child, depth + 1]);
    });
  }
  return false;
}

/**
 * True when `value`, parsed JSON, nests objects and arrays deeper than
 * `limit` levels (a scalar is at depth 0, `{}` and `[]` at 1). It stops
 * at the first path that goes too deep and keeps its own stack.
 */
export function isJsonTooDeep(value: unknown, limit = MAX_DOCUMENT_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [current, depth] = entry;
    if (typeof current !== "object" || current === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
