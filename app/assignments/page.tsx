import type { Metadata } from "next";
import Link from "next/link";
import { listMyAssignments } from "@/lib/classroom/list-assignments";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "../_lib/require-page-user";
import { RequirementChecklist, StatusBadge } from "./requirement-checklist";

export const metadata: Metadata = { title: "My assignments" };

const ROLE_NAMES = { teacher: "Teacher", assistant: "Teaching assistant", student: "Student" } as const;

/** "My assignments": every course's assignments, soonest due first; a student sees their status and checklist. */
export default async function MyAssignmentsPage() {
  const user = await requirePageUser("/assignments");
  const assignments = await listMyAssignments(getDb(), user.id);
  return (
    <section className="library">
      <div className="library-head">
        <h1>My assignments</h1>
      </div>
      {assignments.length === 0 ? (
        <p>
          No assignments yet. Join a course with the code your teacher gave you on <Link href="/courses">Courses</Link>.
        </p>
      ) : (
        <ul aria-label="Assignments" className="assignment-list">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="assignment-card">
              <h2>
                <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
              </h2>
              <p className="meta">
                {assignment.course.name} · Due {assignment.dueText}
                {assignment.role !== "student" && ` · ${ROLE_NAMES[assignment.role]}`}
              </p>
              {assignment.student && (
                <>
                  <p>
                    Status: <StatusBadge status={assignment.student.status} />
                  </p>
                  <RequirementChecklist
                    lines={assignment.student.checklist}
                    label={`Requirements for ${assignment.title}`}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
