import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
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
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const { connectionId, section } = await parseJsonBody(request, ZPresence);
  if (!(await setSection(getDb(), user.id, connectionId, section || null)))
    throw new NotFoundError("No such open stream of yours");
  return NextResponse.json({ ok: true });
});
