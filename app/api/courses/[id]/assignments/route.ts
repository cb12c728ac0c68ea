import { NextResponse } from "next/server";
import { createAssignment } from "@/lib/classroom/create-assignment";
import { listAssignments } from "@/lib/classroom/list-assignments";
import { getDb } from "@/lib/db/client";
import { ZAssignmentCreate } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The course's assignments (a student: those open, with their status and checklist). */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ assignments: await listAssignments(getDb(), user.id, id) });
});

/** "New assignment" (teachers): a reading, due date, late policy, mode and requirements. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZAssignmentCreate);
  return NextResponse.json({ assignment: await createAssignment(getDb(), user.id, id, input) }, { status: 201 });
});
