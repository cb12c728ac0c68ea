import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { acceptInvite } from "@/lib/sharing/accept-invite";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ token: string }> };

/** Accepts a share link or group invite: `{ kind: "document", documentId }` or `{ kind: "group", groupId }`. */
export const POST = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { token } = await params;
  return NextResponse.json(await acceptInvite(getDb(), user.id, token));
});
