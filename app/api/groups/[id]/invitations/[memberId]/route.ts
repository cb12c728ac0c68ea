import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { handleRoute, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; memberId: string }> };

/** An owner withdraws someone added by email who is still listed as "invited". */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, memberId } = await params;
  return NextResponse.json(await removeGroupMember(getDb(), user.id, id, { memberId }));
});
