import type { Node as ProseMirrorNode } from "prosemirror-model";
import { isTooDeep, TOO_DEEP } from "./document-depth";
import { documentTitle } from "./document-title";
import { ImportError, NOTHING_TO_READ } from "./import-error";
import type { ImportedDocument } from "./imported-document";
import { schema } from "./schema";

/** The parts an importer has found in its source. */
export interface DocumentParts {
  /** The caller's title (see `requestedTitle`), which wins when given. */
  readonly title: string | null;
  /**
   * Text of the source that was taken as its title — detected, or a
   * leading repeat of the caller's title that was dropped — else null.
   */
  readonly sourceTitle: string | null;
  /** The body blocks, in order. May be empty. */
  readonly body: readonly ProseMirrorNode[];
}

function hasText(nodes: readonly ProseMirrorNode[]): boolean {
  return nodes.some((node) => /\S/u.test(node.textContent));
}

/**
 * Assembles the document every importer returns: the title node, then
 * the body (an empty paragraph when the body is empty, since a document
 * needs a block). The title is `parts.title`, else `parts.sourceTitle`,
 * normalised by `documentTitle`.
 *
 * Throws ImportError when the source held no text at all: an empty body
 * and no title taken from the source, or when the document nests deeper
 * than MAX_DOCUMENT_DEPTH (see document-depth.ts). Throws RangeError — a bug in the
 * importer, not in the input — when the result does not fit the schema.
 */
export function buildDocument(parts: DocumentParts): ImportedDocument {
  // Depth first: a parser that stops at its own nesting limit leaves the
  // deep part empty, which is not the reason to give.
  if (parts.body.some((node) => isTooDeep(node, 1))) throw new ImportError(TOO_DEEP);
  if (!hasText(parts.body) && !parts.sourceTitle?.trim()) throw new ImportError(NOTHING_TO_READ);
  const title = documentTitle(parts.title ?? parts.sourceTitle);
  const body = parts.body.length > 0 ? parts.body : [schema.nodes.paragraph.create()];
  const doc = schema.nodes.doc.create(null, [schema.nodes.title.create(null, schema.text(title)), ...body]);
  doc.check();
  return { title, doc };
}
