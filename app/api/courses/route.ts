import { NextResponse } from "next/server";
import { createCourse } from "@/lib/classroom/create-course";
import { listCourses } from "@/lib/classroom/list-courses";
import { getDb } from "@/lib/db/client";
import { ZCourseCreate } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../_lib/handle-route";
import { publicUrl } from "../_lib/public-url";

/** The caller's courses, with their role in each. */
export const GET = handleRoute(async () => {
  const user = await requireUser();
  return NextResponse.json({ courses: await listCourses(getDb(), user.id) });
});

/** "New course": `{ name, timeZone? }`; the caller is its teacher, joining by code is on. */
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, ZCourseCreate);
  const course = await createCourse(getDb(), user.id, input);
  return NextResponse.json({ course: { ...course, joinUrl: publicUrl(course.joinPath, request) } }, { status: 201 });
});
