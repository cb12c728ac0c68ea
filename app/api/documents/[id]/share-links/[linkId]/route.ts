import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { revokeShareLink } from "@/lib/sharing/share-links";
import { handleRoute, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; linkId: string }> };

/** Revokes a share link: it stops working at once. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, linkId } = await params;
  return NextResponse.json(await revokeShareLink(getDb(), user.id, id, linkId));
});
