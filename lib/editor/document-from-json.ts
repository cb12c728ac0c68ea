import type { Node as ProseMirrorNode } from "prosemirror-model";
import { schema } from "./schema";

/**
 * Rebuilds a document from its JSON and checks it against the schema.
 * Returns null for anything that is not a valid Warrant document (unknown
 * node or mark types, content the schema forbids, a missing title), so
 * untrusted input from a client can never put foreign markup in a document.
 */
export function documentFromJSON(json: unknown): ProseMirrorNode | null {
  try {
    const doc = schema.nodeFromJSON(json);
    doc.check();
    return doc.type === schema.topNodeType ? doc : null;
  } catch {
    return null;
  }
}
