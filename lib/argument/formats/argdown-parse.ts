import { ArgdownImportError } from "./argdown-import-error";
import { readArgdown, type ArgdownModel, type ArgdownRead } from "./argdown-read.mjs";

export type {
  ArgdownArgument,
  ArgdownInference,
  ArgdownMember,
  ArgdownModel,
  ArgdownPlace,
  ArgdownRead,
  ArgdownStatement,
} from "./argdown-read.mjs";

/** The model `read` holds (null for a source with no content); its error as an ArgdownImportError. */
export function modelOf(read: ArgdownRead): ArgdownModel | null {
  if ("error" in read) throw new ArgdownImportError(read.error.reason, read.error.line, read.error.column);
  return read.model;
}

/**
 * `source` read by @argdown/core on the calling thread (readArgdown), or
 * null when it holds nothing but front matter and blank lines. Throws
 * ArgdownImportError with a line (when known) for what readArgdown
 * refuses. Its time grows with the square of some inputs: the server reads
 * uploads in a worker thread (lib/maps/read-argdown-in-worker.ts).
 */
export function parseArgdown(source: string): ArgdownModel | null {
  return modelOf(readArgdown(source));
}
