import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { removeShare, updateShare } from "@/lib/sharing/change-share";
import { ZShareUpdate } from "@/lib/validation/sharing";
import { handleRoute, parseJsonBody, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; shareId: string }> };

/** Another role for a share: `{ role }`. */
export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, shareId } = await params;
  const { role } = await parseJsonBody(request, ZShareUpdate);
  return NextResponse.json({ share: await updateShare(getDb(), user.id, id, shareId, role) });
});

/** Ends a share: the access it gave ends with the next request. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, shareId } = await params;
  return NextResponse.json(await removeShare(getDb(), user.id, id, shareId));
});
