import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { disableGroupInviteLink, renewGroupInviteLink } from "@/lib/groups/group-invite-link";
import { handleRoute, requireUser } from "../../../_lib/handle-route";
import { publicUrl } from "../../../_lib/public-url";

type Context = { params: Promise<{ id: string }> };

/** An owner makes a new invite link (the old one stops working): `{ url }`, shown this once. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { path } = await renewGroupInviteLink(getDb(), user.id, id);
  return NextResponse.json({ url: publicUrl(path, request) }, { status: 201 });
});

/** An owner turns joining by link off. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await disableGroupInviteLink(getDb(), user.id, id));
});
