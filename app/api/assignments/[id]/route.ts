import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getAssignment } from "@/lib/classroom/get-assignment";
import { updateAssignment } from "@/lib/classroom/update-assignment";
import { ZAssignmentUpdate } from "@/lib/validation/grading";
import { handleRoute, parseJsonBody, requireUser } from "../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The assignment with its instructions; for a student also their status, submission, checklist and maps. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await getAssignment(getDb(), user.id, id));
});

/** A teacher changes the rubric and/or reference map the assignment is graded with: `{ rubricId?, referenceMapId? }` (null: none). */
export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZAssignmentUpdate);
  return NextResponse.json({ assignment: await updateAssignment(getDb(), user.id, id, input) });
});
