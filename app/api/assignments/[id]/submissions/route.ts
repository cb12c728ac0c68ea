import { NextResponse } from "next/server";
import { listSubmissions } from "@/lib/classroom/list-submissions";
import { submitAssignment } from "@/lib/classroom/submit-assignment";
import { getDb } from "@/lib/db/client";
import { ZSubmissionCreate } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** Staff: who submitted, when, how late, which attempt. A student gets 403. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ submissions: await listSubmissions(getDb(), user.id, id) });
});

/** A student submits (or resubmits) `{ mapId }`: a frozen snapshot of their work and that map. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { mapId } = await parseJsonBody(request, ZSubmissionCreate);
  const submission = await submitAssignment(getDb(), user.id, id, mapId);
  return NextResponse.json({ submission }, { status: submission.attempt === 1 ? 201 : 200 });
});
