import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { setGroupMemberRole } from "@/lib/groups/set-group-member-role";
import { ZGroupMemberUpdate } from "@/lib/validation/sharing";
import { handleRoute, parseJsonBody, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; userId: string }> };

/** An owner makes a member an owner, or back: `{ role: "owner" | "member" }`. */
export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, userId } = await params;
  const { role } = await parseJsonBody(request, ZGroupMemberUpdate);
  return NextResponse.json({ member: await setGroupMemberRole(getDb(), user.id, id, userId, role) });
});

/** An owner removes a member; a member removes themselves (leaves). */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, userId } = await params;
  return NextResponse.json(await removeGroupMember(getDb(), user.id, id, { userId }));
});
