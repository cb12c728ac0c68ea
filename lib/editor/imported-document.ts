import type { Node as ProseMirrorNode } from "prosemirror-model";

/**
 * What every importer returns: a schema-valid document (`doc.check()`
 * passes) whose first child is the title node, and that title as a
 * string — non-empty, at most 200 characters, equal to the title node's
 * text.
 */
export interface ImportedDocument {
  readonly title: string;
  readonly doc: ProseMirrorNode;
}

/** Options every importer accepts. */
export interface ImportOptions {
  /**
   * The title to use instead of one detected in the source (say, chosen
   * by the user). A leading block of the source that repeats it is
   * dropped, so the title appears once.
   */
  readonly title?: string;
}
