import type { AssignmentOverview } from "@/lib/classroom/assignment-overview";
import { ReleaseGradesButton } from "../_grading/release-grades-button";

/**
 * "Release grades" where the teachers' screens show it (the overview and the
 * grading view), counted from the overview's rows; nothing for a teaching
 * assistant, who grades but does not release.
 */
export function ReleaseForStaff({
  assignment,
  students,
  canRelease,
}: {
  assignment: AssignmentOverview["assignment"];
  students: readonly { status: string }[];
  canRelease: boolean;
}) {
  if (!canRelease) return null;
  return (
    <ReleaseGradesButton
      assignmentId={assignment.id}
      graded={students.filter((student) => student.status === "graded").length}
      students={students.length}
      releasedAt={assignment.releasedAt}
      timeZone={assignment.timeZone}
      hasReferenceMap={assignment.hasReferenceMap}
      showsReferenceMap={assignment.releaseReferenceMap}
    />
  );
}
