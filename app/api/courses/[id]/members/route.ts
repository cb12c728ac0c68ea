import { NextResponse } from "next/server";
import { addCourseMember } from "@/lib/classroom/add-course-member";
import { courseFor } from "@/lib/classroom/course-access";
import { listRoster } from "@/lib/classroom/get-course";
import { getDb } from "@/lib/db/client";
import { ZCourseMemberAdd } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The roster, for the course's teachers and assistants. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const db = getDb();
  await courseFor(db, user.id, id, "seeRoster");
  return NextResponse.json({ members: await listRoster(db, id, user.id) });
});

/** A teacher adds someone by email: `{ email, role, name? }`. The answer never tells whether the email has an account. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const addition = await parseJsonBody(request, ZCourseMemberAdd);
  const { member, created } = await addCourseMember(getDb(), user.id, id, addition);
  return NextResponse.json({ member }, { status: created ? 201 : 200 });
});
