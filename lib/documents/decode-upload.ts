import { formatFromFileName } from "@/lib/editor/import-document";
import { InvalidInputError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/validation/document";

/**
 * Turns an uploaded file into text and its import format. Throws
 * InvalidInputError (field "file") for a file over MAX_IMPORT_BYTES, a type
 * other than .txt/.md/.html, or content that is not UTF-8 text.
 */
export function decodeUpload(fileName: string, bytes: Uint8Array) {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new InvalidInputError("file", "The file is over 2 MB; split it or paste a part of it");
  }
  const format = formatFromFileName(fileName);
  if (!format) {
    throw new InvalidInputError("file", "Unsupported file type: upload a .txt, .md or .html file");
  }
  // A NUL byte never occurs in text files but in nearly every binary one.
  if (bytes.includes(0)) throw new InvalidInputError("file", "The file is binary, not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError("file", "The file is not UTF-8 text");
  }
  if (text.trim() === "") throw new InvalidInputError("file", "The file is empty");
  return { text, format };
}
