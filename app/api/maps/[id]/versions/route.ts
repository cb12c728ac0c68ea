import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { listMapVersions } from "@/lib/maps/map-history";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The map's history, newest first. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ versions: await listMapVersions(getDb(), user.id, id) });
});
