import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { gradeSubmission } from "@/lib/classroom/grade-submission";
import { ZGrade } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** Staff grade a submission: `{ score, rubric?, feedback }` (grading again replaces the grade). */
export const PUT = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const grade = await parseJsonBody(request, ZGrade);
  return NextResponse.json({ grade: await gradeSubmission(getDb(), user.id, id, grade) });
});
