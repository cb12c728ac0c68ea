import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { applyMapOperations } from "@/lib/maps/apply-map-operations";
import { ZMapOperations } from "@/lib/validation/map-input";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/**
 * Edits of a map's graph, `{ ops: [...] }`, applied to the map as it is now
 * (no version to match: shared maps are edited by several people at once).
 * Answers `{ map, skipped }`: the map after them, and the operations that
 * found their statement or link removed by someone else.
 */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { ops } = await parseJsonBody(request, ZMapOperations, 5 * 1024 * 1024);
  return NextResponse.json(await applyMapOperations(getDb(), user.id, id, ops));
});
