import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { attachRubric } from "@/lib/classroom/attach-rubric";
import { getAssignment } from "@/lib/classroom/get-assignment";
import { ZAssignmentRubric } from "@/lib/validation/grading";
import { handleRoute, parseJsonBody, requireUser } from "../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The assignment with its instructions; for a student also their status, submission, checklist and maps. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await getAssignment(getDb(), user.id, id));
});

/** A teacher picks the rubric the assignment is graded with: `{ rubricId }` (null: none). */
export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { rubricId } = await parseJsonBody(request, ZAssignmentRubric);
  return NextResponse.json({ assignment: await attachRubric(getDb(), user.id, id, rubricId) });
});
