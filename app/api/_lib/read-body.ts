import { InvalidInputError } from "@/lib/errors";
import { HttpError } from "./http-error";

const MB = 1024 * 1024;

/** "1 MB", "2.06 MB", "64 KB": a limit as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(2))} MB`;
  return `${Number((bytes / 1024).toFixed(2))} KB`;
}

/** The media type of a Content-Type header, lower-cased, without its parameters ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * The request body as bytes, read from its stream and refused (413) as soon as
 * it passes `maxBytes`: a chunked upload has no content-length to check first,
 * so the only way to bound the memory it costs is to stop reading.
 *
 * The stream is not cancelled on the way out: in Node, cancelling a request
 * body destroys the socket, and the client would get a reset instead of the
 * 413. Unread, the rest stays in the client's send buffer (TCP backpressure).
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
  tooLarge?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const refuse = () =>
    new HttpError(413, tooLarge ?? `The request body is over ${formatBytes(maxBytes)}; send less at once`);
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw refuse();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw refuse();
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * JSON's media types: application/json and the structured-syntax `+json`
 * ones (W3C annotations are application/ld+json). A browser can send these
 * cross-site only after a CORS preflight, which Warrant never grants; the
 * types a plain HTML form can send (text/plain among them) are refused.
 */
function isJsonMediaType(type: string): boolean {
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** Refuses (415) a body that is not JSON, naming the type it was sent as. */
export function requireJsonContentType(request: Request, accepted = "application/json"): void {
  const type = mediaType(request);
  if (isJsonMediaType(type)) return;
  throw new HttpError(
    415,
    `Send the body as ${accepted}; this request's Content-Type is ${type === "" ? "missing" : type}`,
  );
}

/** PostgreSQL cannot store U+0000 in text or jsonb: a string holding it failed deep in a write, as a 500. */
export const NUL_REFUSED = "Text may not contain the NUL character (U+0000)";

/** Refuses, as it parses, any string or key holding U+0000 (see NUL_REFUSED). */
function refuseNul(key: string, value: unknown): unknown {
  if (key.includes("\0") || (typeof value === "string" && value.includes("\0"))) {
    throw new InvalidInputError(key || "body", key ? `${key}: ${NUL_REFUSED}` : NUL_REFUSED);
  }
  return value;
}

/** Reads at most `maxBytes` of a JSON body and parses it; 415, 413 or 400 otherwise. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  requireJsonContentType(request);
  const bytes = await readBodyBytes(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError("body", "The request body is not UTF-8");
  }
  try {
    return JSON.parse(text, refuseNul);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError("body", "The request body is not valid JSON");
  }
}

/**
 * Reads at most `maxBytes` of a multipart form and parses it. The parser
 * (undici's, behind Response.formData) reads whatever stream it is given to
 * the end, so it is handed the bounded bytes, never the request itself.
 */
export async function readMultipartBody(request: Request, maxBytes: number, tooLarge?: string): Promise<FormData> {
  const type = mediaType(request);
  if (type !== "multipart/form-data") {
    throw new HttpError(
      415,
      `Send the form as multipart/form-data; this request's Content-Type is ${type === "" ? "missing" : type}`,
    );
  }
  const bytes = await readBodyBytes(request, maxBytes, tooLarge);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new InvalidInputError("body", "The form could not be read");
  }
  // Files are checked by what reads them (an upload holding NUL is binary).
  for (const [name, value] of form) if (typeof value === "string") refuseNul(name, value);
  return form;
}
