import Link from "next/link";
import type { CourseRole } from "@/lib/auth/permissions";
import { listAssignments } from "@/lib/classroom/list-assignments";
import { getDb } from "@/lib/db/client";
import { listDocuments, MAX_LIBRARY_PAGE_SIZE } from "@/lib/documents/list-documents";
import { StatusBadge } from "../../assignments/requirement-checklist";
import { NewAssignmentForm } from "./new-assignment-form";

type Props = { course: { id: string; timeZone: string; role: CourseRole }; userId: string };

/**
 * A course's assignments: title, due date in the course's zone and, for a
 * student, their status; for teachers the "New assignment" form, offering
 * the first 200 documents of their library (their own first, the sample
 * article among them).
 */
export async function AssignmentsPanel({ course, userId }: Props) {
  const db = getDb();
  const [assignments, documents] = await Promise.all([
    listAssignments(db, userId, course.id),
    // The teacher's own documents come first: the form offers a page of the library, not all of it.
    course.role === "teacher"
      ? listDocuments(db, userId, { limit: MAX_LIBRARY_PAGE_SIZE }).then((page) => page.documents)
      : Promise.resolve([]),
  ]);
  return (
    <section aria-labelledby="assignments-heading" className="course-assignments">
      <h2 id="assignments-heading">Assignments</h2>
      {assignments.length === 0 ? (
        <p className="meta">No assignments yet.</p>
      ) : (
        <ul aria-label="Course assignments" className="assignment-list">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="assignment-card">
              <h3>
                <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
              </h3>
              <p className="meta">
                Due {assignment.dueText} · {assignment.document.title}
              </p>
              {assignment.student && (
                <p>
                  Status: <StatusBadge status={assignment.student.status} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {course.role === "teacher" && (
        <NewAssignmentForm
          courseId={course.id}
          timeZone={course.timeZone}
          documents={documents.map(({ id, title, ownerName }) => ({ id, title, ownerName }))}
        />
      )}
    </section>
  );
}
