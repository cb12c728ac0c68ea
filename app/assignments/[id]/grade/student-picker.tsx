"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { StudentStatus } from "@/lib/classroom/student-status";

type Student = { studentId: string; name: string; status: StudentStatus };

/** Whether a key press belongs to a field the grader is typing in, which the shortcuts must leave alone. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/**
 * Which student is being graded: a select, "Previous student" and "Next
 * student", and the keys J (next) and K (previous) anywhere outside a
 * field. Moving changes the page's `?student=`, so the browser's back
 * button and a reload keep the place.
 */
export function StudentPicker({
  assignmentId,
  students,
  current,
}: {
  assignmentId: string;
  students: Student[];
  current: string;
}) {
  const router = useRouter();
  const index = students.findIndex((student) => student.studentId === current);
  const previous = index > 0 ? students[index - 1] : undefined;
  const next = index >= 0 && index < students.length - 1 ? students[index + 1] : undefined;
  const go = (studentId: string) => router.push(`/assignments/${assignmentId}/grade?student=${studentId}`);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const to = event.key === "j" ? next : event.key === "k" ? previous : undefined;
      if (!to) return;
      event.preventDefault();
      router.push(`/assignments/${assignmentId}/grade?student=${to.studentId}`);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [assignmentId, next, previous, router]);

  return (
    <div className="student-picker">
      <label>
        Student
        <select value={current} onChange={(event) => go(event.target.value)}>
          {students.map((student) => (
            <option key={student.studentId} value={student.studentId}>
              {student.name} — {student.status}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="secondary"
        disabled={!previous}
        onClick={() => previous && go(previous.studentId)}
      >
        Previous student
      </button>
      <button type="button" className="secondary" disabled={!next} onClick={() => next && go(next.studentId)}>
        Next student
      </button>
      <p className="hint" id="student-keys">
        Keys: <kbd>J</kbd> next student, <kbd>K</kbd> previous student ({index + 1} of {students.length})
      </p>
    </div>
  );
}
