import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { createMap } from "@/lib/maps/create-map";
import { listMaps } from "@/lib/maps/list-maps";
import { ZMapCreate } from "@/lib/validation/map-input";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The maps the caller may see on this document. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ maps: await listMaps(getDb(), user.id, id) });
});

/** "New map": `{ title, visibility?, graph? }`. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZMapCreate, 5 * 1024 * 1024);
  return NextResponse.json({ map: await createMap(getDb(), user.id, id, input) }, { status: 201 });
});
