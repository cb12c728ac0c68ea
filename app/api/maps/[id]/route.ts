import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { deleteMap } from "@/lib/maps/delete-map";
import { getMap } from "@/lib/maps/get-map";
import { saveMap } from "@/lib/maps/save-map";
import { ZMapUpdate } from "@/lib/validation/map-input";
import { handleRoute, parseJsonBody, requireUser } from "../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ map: await getMap(getDb(), user.id, id) });
});

/** Save: `{ version, title?, visibility?, graph? }`; 409 with the current map when `version` is stale. */
export const PUT = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const update = await parseJsonBody(request, ZMapUpdate, 5 * 1024 * 1024);
  return NextResponse.json({ map: await saveMap(getDb(), user.id, id, update) });
});

export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await deleteMap(getDb(), user.id, id));
});
