/**
 * Thrown by an importer when the input cannot become a document — it is
 * empty, or nothing readable is left once markup is stripped. `message`
 * is written for the person who supplied the file; callers show it as is.
 * Any other exception from an importer is a bug, not a property of the
 * input.
 */
export class ImportError extends Error {
  override readonly name = "ImportError";
}

/** The message for input that is empty or only whitespace. */
export const EMPTY_INPUT = "This file is empty.";

/** The message for input whose markup held no text to read. */
export const NOTHING_TO_READ = "No readable text was found in this file.";
