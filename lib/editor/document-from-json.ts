import type { Node as ProseMirrorNode } from "prosemirror-model";
import { isJsonTooDeep, isTooDeep } from "./document-depth";
import { schema } from "./schema";

/**
 * Rebuilds a document from its JSON and checks it against the schema.
 * Returns null for anything that is not a valid Warrant document (unknown
 * node or mark types, content the schema forbids, a missing title), so
 * untrusted input from a client can never put foreign markup in a document.
 * JSON nested deeper than a document may be is refused before the
 * parser's recursion meets it (see document-depth.ts).
 */
export function documentFromJSON(json: unknown): ProseMirrorNode | null {
  if (isJsonTooDeep(json)) return null;
  try {
    const doc = schema.nodeFromJSON(json);
    doc.check();
    return doc.type === schema.topNodeType && !isTooDeep(doc) ? doc : null;
  } catch {
    return null;
  }
}
