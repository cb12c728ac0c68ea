import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { decodeUpload } from "@/lib/documents/decode-upload";
import { LIBRARY_PAGE_SIZE, listDocuments, MAX_LIBRARY_PAGE_SIZE } from "@/lib/documents/list-documents";
import { InvalidInputError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, ZDocumentImport } from "@/lib/validation/document";
import { handleRoute, parseJsonBody, requireUser, validate } from "../_lib/handle-route";
import { mediaType, readMultipartBody, requireJsonContentType } from "../_lib/read-body";

// Room for the multipart envelope and the other form fields around a 2 MB file.
const MAX_FORM_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

const ZLibraryPage = z.object({
  after: z.string().max(200, "after must be the `next` value a previous page gave").optional(),
  limit: z.coerce
    .number()
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(MAX_LIBRARY_PAGE_SIZE, `limit must be at most ${MAX_LIBRARY_PAGE_SIZE}`)
    .default(LIBRARY_PAGE_SIZE),
});

/** A page of the documents the caller may read (`?after=` the `next` of the page before; `?limit=` up to 200). */
export const GET = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const search = new URL(request.url).searchParams;
  const page = validate(ZLibraryPage, {
    after: search.get("after") ?? undefined,
    limit: search.get("limit") ?? undefined,
  });
  return NextResponse.json(await listDocuments(getDb(), user.id, page));
});

/**
 * Imports a document: JSON `{ title?, format, text }`, or a form with `title`
 * and either a `file` (.txt, .md, .html) or pasted `text` plus `format`.
 */
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  if (mediaType(request) !== "multipart/form-data") {
    requireJsonContentType(request, "application/json, or a file as multipart/form-data");
  }
  const input =
    mediaType(request) === "multipart/form-data"
      ? await readImportForm(request)
      : await parseJsonBody(request, ZDocumentImport, MAX_FORM_BYTES);
  if (Buffer.byteLength(input.text) > MAX_IMPORT_BYTES) {
    throw new InvalidInputError("text", "The text is over 2 MB; split it or import a part of it");
  }
  const { importMs, ...document } = await createDocument(getDb(), user.id, input);
  return NextResponse.json(
    { document },
    { status: 201, headers: { "Server-Timing": `import;desc="Import ${input.format}";dur=${importMs.toFixed(2)}` } },
  );
});

async function readImportForm(request: Request) {
  const form = await readMultipartBody(
    request,
    MAX_FORM_BYTES,
    "The file is over 2 MB; split it or paste a part of it",
  );
  const title = form.get("title");
  const file = form.get("file");
  const fields = { title: typeof title === "string" && title.trim() !== "" ? title : undefined };
  if (file instanceof File && file.size > 0) {
    const decoded = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    return validate(ZDocumentImport, { ...fields, ...decoded });
  }
  return validate(ZDocumentImport, { ...fields, format: form.get("format") ?? "text", text: form.get("text") ?? "" });
}
