import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { canInCourse } from "@/lib/auth/permissions";
import { getCourse } from "@/lib/classroom/get-course";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { requirePageUser } from "../../_lib/require-page-user";
import { COURSE_ROLE_LABELS } from "../role-labels";
import { AssignmentsPanel } from "./assignments-panel";
import { CourseJoinCode } from "./course-join-code";
import { CourseRoster } from "./course-roster";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (userId: string, id: string) => {
  try {
    return await getCourse(getDb(), userId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/courses/${id}`);
  return { title: (await load(user.id, id)).name };
}

/** A course: its assignments for everyone; for staff, the join code and the roster. */
export default async function CoursePage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/courses/${id}`);
  const course = await load(user.id, id);
  const manage = canInCourse(course.role, "manage");
  return (
    <section className="library course-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/courses">Courses</Link>
        <span aria-hidden="true"> / </span>
        <span>You are a {COURSE_ROLE_LABELS[course.role].toLowerCase()}</span>
      </nav>
      <h1>{course.name}</h1>
      <p className="hint">Due dates are in {course.timeZone.replaceAll("_", " ")} time.</p>
      {course.staff && <Link href={`/courses/${course.id}/gradebook`}>Grade book</Link>}
      <AssignmentsPanel course={course} userId={user.id} />
      {course.staff && (
        <>
          {manage && <CourseJoinCode courseId={course.id} joinCode={course.staff.joinCode} />}
          <CourseRoster courseId={course.id} members={course.staff.members} manage={manage} />
        </>
      )}
    </section>
  );
}
