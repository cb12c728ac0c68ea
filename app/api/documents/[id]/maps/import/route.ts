import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { importMap } from "@/lib/maps/import-map";
import { MAX_MAP_IMPORT_BYTES, ZMapImport } from "@/lib/validation/map-input";
import { handleRoute, parseJsonBody, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/**
 * Imports AIF JSON or Argdown as a new map: `{ format: "aif" | "argdown",
 * source, title? }`; answers `{ map, anchored, report }` (lib/maps/import-map.ts).
 * Files over 5 MB (Argdown: over 2 MB, or too complex to read in a few
 * seconds) and malformed files are refused with 400; nothing is saved
 * then. What of an AIF file a map cannot hold is kept with it, with
 * warnings in the report, rather than refused.
 */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZMapImport, MAX_MAP_IMPORT_BYTES + 64 * 1024);
  if (Buffer.byteLength(input.source) > MAX_MAP_IMPORT_BYTES) {
    throw new InvalidInputError("source", "The file is over 5 MB");
  }
  return NextResponse.json(await importMap(getDb(), user.id, id, input), { status: 201 });
});
