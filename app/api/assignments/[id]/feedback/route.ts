import { NextResponse } from "next/server";
import { assignmentFeedback } from "@/lib/classroom/assignment-feedback";
import { getDb } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/**
 * The auto-feedback on one student's submission (`?student=`, the caller
 * when absent): staff see any student's, a student their own once grades
 * are released.
 */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const student = new URL(request.url).searchParams.get("student") ?? user.id;
  if (!isUuid(student)) throw new InvalidInputError("student", "student must be a user id");
  return NextResponse.json(await assignmentFeedback(getDb(), user.id, id, student));
});
