import { NextResponse } from "next/server";
import { addReply } from "@/lib/annotations/add-reply";
import { getDb } from "@/lib/db/client";
import { ZReplyCreate } from "@/lib/validation/annotation";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZReplyCreate);
  return NextResponse.json({ reply: await addReply(getDb(), user.id, id, input) }, { status: 201 });
});
