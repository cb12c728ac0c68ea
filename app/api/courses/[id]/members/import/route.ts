import { NextResponse } from "next/server";
import { importRoster } from "@/lib/classroom/import-roster";
import { getDb } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { MAX_ROSTER_BYTES, ZRosterImport } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../../../_lib/handle-route";
import { HttpError } from "../../../../_lib/http-error";
import { mediaType, readBodyBytes } from "../../../../_lib/read-body";

type Context = { params: Promise<{ id: string }> };

/** JSON escapes make `{ csv }` longer than the file it carries. */
const MAX_JSON_BYTES = MAX_ROSTER_BYTES * 2;

/**
 * "Import roster (CSV)": the file itself as text/csv, or `{ csv }` as JSON.
 * All or nothing: 400 listing every bad line ("line 4: email: …"). A
 * text/csv body needs a CORS preflight from another site, like JSON, so a
 * cross-site form cannot send one.
 */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const csv = mediaType(request) === "text/csv" ? await csvText(request) : await jsonCsv(request);
  return NextResponse.json(await importRoster(getDb(), user.id, id, csv));
});

async function csvText(request: Request): Promise<string> {
  const bytes = await readBodyBytes(
    request,
    MAX_ROSTER_BYTES,
    `A roster import is at most ${MAX_ROSTER_BYTES / 1024} KB`,
  );
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError("csv", "csv: the file is not UTF-8; save it from your spreadsheet as CSV UTF-8");
  }
}

async function jsonCsv(request: Request): Promise<string> {
  try {
    return (await parseJsonBody(request, ZRosterImport, MAX_JSON_BYTES)).csv;
  } catch (error) {
    if (error instanceof HttpError && error.status === 415) {
      throw new HttpError(415, "Send the roster as text/csv, or as application/json { csv }");
    }
    throw error;
  }
}
