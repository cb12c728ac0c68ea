import { NextResponse } from "next/server";
import { joinCourse } from "@/lib/classroom/join-course";
import { getDb } from "@/lib/db/client";
import { ZCourseJoin } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../_lib/handle-route";

/** "Join a course": `{ code }`; the caller becomes a student (joining twice changes nothing). */
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const { code } = await parseJsonBody(request, ZCourseJoin);
  return NextResponse.json({ course: await joinCourse(getDb(), user.id, code) });
});
