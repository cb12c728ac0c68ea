import { importHtml } from "./import-html";
import { importMarkdown } from "./import-markdown";
import { importPlainText } from "./import-plain-text";
import type { ImportedDocument } from "./imported-document";

/** The source formats a document can be imported from. */
export type DocumentFormat = "text" | "markdown" | "html";

/** A source to import: its text, its format and an optional title. */
export interface ImportInput {
  readonly text: string;
  readonly format: DocumentFormat;
  /** Overrides the title detected in the source; see ImportOptions. */
  readonly title?: string;
}

const FORMAT_OF_EXTENSION: ReadonlyMap<string, DocumentFormat> = new Map([
  ["txt", "text"],
  ["text", "text"],
  ["md", "markdown"],
  ["markdown", "markdown"],
  ["html", "html"],
  ["htm", "html"],
]);

/**
 * Imports `input.text` with the importer for `input.format`. Returns what
 * that importer returns and throws what it throws (ImportError for empty
 * or unreadable input).
 */
export function importDocument(input: ImportInput): ImportedDocument {
  const options = { title: input.title };
  switch (input.format) {
    case "text":
      return importPlainText(input.text, options);
    case "markdown":
      return importMarkdown(input.text, options);
    case "html":
      return importHtml(input.text, options);
  }
}

/**
 * The format a file name's extension names, compared without case:
 * .txt/.text → "text", .md/.markdown → "markdown", .html/.htm → "html";
 * null for any other extension or none. Only the last extension counts
 * ("notes.md.txt" is text); a directory part is ignored.
 */
export function formatFromFileName(name: string): DocumentFormat | null {
  const match = /\.([^./\\]+)$/u.exec(name.trim());
  return match === null ? null : (FORMAT_OF_EXTENSION.get(match[1].toLowerCase()) ?? null);
}
