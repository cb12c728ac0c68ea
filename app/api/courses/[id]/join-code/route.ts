import { NextResponse } from "next/server";
import { disableJoinCode, regenerateJoinCode } from "@/lib/classroom/course-join-code";
import { getDb } from "@/lib/db/client";
import { handleRoute, requireUser } from "../../../_lib/handle-route";
import { publicUrl } from "../../../_lib/public-url";

type Context = { params: Promise<{ id: string }> };

/** A teacher makes a new join code (the old one stops working): `{ joinCode, joinUrl }`. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { joinCode, joinPath } = await regenerateJoinCode(getDb(), user.id, id);
  return NextResponse.json({ joinCode, joinUrl: publicUrl(joinPath, request) }, { status: 201 });
});

/** A teacher turns joining by code off. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await disableJoinCode(getDb(), user.id, id));
});
