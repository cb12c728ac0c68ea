import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { copyDocument } from "@/lib/documents/copy-document";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** A private copy of a readable document for the caller (text only). */
export const POST = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ document: await copyDocument(getDb(), user.id, id) }, { status: 201 });
});
