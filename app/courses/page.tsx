import type { Metadata } from "next";
import Link from "next/link";
import { listCourses } from "@/lib/classroom/list-courses";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "../_lib/require-page-user";
import { JoinCourseForm } from "./join-course-form";
import { NewCourseForm } from "./new-course-form";
import { COURSE_ROLE_LABELS } from "./role-labels";

export const metadata: Metadata = { title: "Courses" };

export default async function CoursesPage() {
  const user = await requirePageUser("/courses");
  const courses = await listCourses(getDb(), user.id);
  return (
    <section className="library courses-page">
      <div className="library-head">
        <h1>Courses</h1>
      </div>
      <p className="hint">
        Teach a class with readings to annotate and map, or join one with the code your teacher gave.
      </p>
      <div className="course-forms">
        <NewCourseForm />
        <JoinCourseForm />
      </div>
      {courses.length === 0 ? (
        <p>You are not in a course yet.</p>
      ) : (
        <ul aria-label="Your courses" className="document-list">
          {courses.map((course) => (
            <li key={course.id}>
              <Link href={`/courses/${course.id}`}>{course.name}</Link>
              <span className="meta">
                {COURSE_ROLE_LABELS[course.role]} · {course.members === 1 ? "1 member" : `${course.members} members`}
                {course.nextDue && (
                  <>
                    {" "}
                    · next due: {course.nextDue.title},{" "}
                    {new Date(course.nextDue.dueAt).toLocaleString("en", {
                      timeZone: course.timeZone,
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
