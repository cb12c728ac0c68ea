import { NextResponse } from "next/server";
import { removeCourseMember } from "@/lib/classroom/remove-course-member";
import { setCourseMemberRole } from "@/lib/classroom/set-course-member-role";
import { getDb } from "@/lib/db/client";
import { ZCourseMemberUpdate } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; memberId: string }> };

/** A teacher changes someone's role: `{ role: "teacher" | "assistant" | "student" }`. */
export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, memberId } = await params;
  const { role } = await parseJsonBody(request, ZCourseMemberUpdate);
  return NextResponse.json({ member: await setCourseMemberRole(getDb(), user.id, id, memberId, role) });
});

/** A teacher removes someone: they lose the course; their work stays, hidden from their peers. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, memberId } = await params;
  return NextResponse.json(await removeCourseMember(getDb(), user.id, id, memberId));
});
