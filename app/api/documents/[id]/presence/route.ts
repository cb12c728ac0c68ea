import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { MAX_SECTION_LENGTH, setSection } from "@/lib/realtime/presence";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

const ZPresence = z.strictObject({
  connectionId: z.uuid("connectionId must be the id the stream said hello with"),
  section: z
    .string()
    .trim()
    .max(MAX_SECTION_LENGTH, `section must be at most ${MAX_SECTION_LENGTH} characters`)
    .nullable(),
});

/** Tells the other readers which section the caller's stream is reading (`null`: keep it to myself). */
type Context = { params: Promise<{ id: string }> };

export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { connectionId, section } = await parseJsonBody(request, ZPresence);
  const stream = { userId: user.id, documentId: id, connectionId };
  if (!isUuid(id) || !(await setSection(getDb(), stream, section || null))) {
    throw new NotFoundError("No such open stream of yours on this document");
  }
  return NextResponse.json({ ok: true });
});
