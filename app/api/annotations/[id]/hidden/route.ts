import { NextResponse } from "next/server";
import { z } from "zod";
import { setAnnotationHidden } from "@/lib/annotations/hide-annotation";
import { getDb } from "@/lib/db/client";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

const ZHidden = z.strictObject({ hidden: z.boolean("hidden must be true or false") });

/**
 * `{ hidden: true }` hides the annotation from everyone but its author and
 * the document's moderators (owner and editors); `{ hidden: false }` shows
 * it again. Answers the annotation as the moderator now sees it.
 */
export const PUT = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { hidden } = await parseJsonBody(request, ZHidden);
  return NextResponse.json({ annotation: await setAnnotationHidden(getDb(), user.id, id, hidden) });
});
