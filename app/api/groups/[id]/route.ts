import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { deleteGroup } from "@/lib/groups/delete-group";
import { getGroup } from "@/lib/groups/get-group";
import { handleRoute, requireUser } from "../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** A group of the caller's: members and the documents shared with it. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ group: await getGroup(getDb(), user.id, id) });
});

/** An owner deletes the group; its shares go with it. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await deleteGroup(getDb(), user.id, id));
});
