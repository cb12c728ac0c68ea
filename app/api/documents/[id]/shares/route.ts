import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { listShares } from "@/lib/sharing/list-shares";
import { shareDocument } from "@/lib/sharing/share-document";
import { ZShareCreate } from "@/lib/validation/sharing";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** Who the document is shared with, and its working share links (owner and editors). */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await listShares(getDb(), user.id, id));
});

/** Shares with a person, `{ email, role }`, or a group, `{ groupId, role }`; again with another role changes it. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZShareCreate);
  const { share, created } = await shareDocument(getDb(), user.id, id, input);
  return NextResponse.json({ share }, { status: created ? 201 : 200 });
});
