import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { restoreMapVersion } from "@/lib/maps/map-history";
import { ZMapRestore } from "@/lib/validation/map-input";
import { handleRoute, parseJsonBody, requireUser, validate } from "../../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; version: string }> };

/** Restores `version` as a new version; the body names the map version the caller has: `{ version }`. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, version } = await params;
  const { version: restore } = validate(z.object({ version: z.coerce.number().int().min(1) }), { version });
  const { version: current } = await parseJsonBody(request, ZMapRestore);
  return NextResponse.json({ map: await restoreMapVersion(getDb(), user.id, id, restore, current) });
});
