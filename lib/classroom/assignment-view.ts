import type { Assignment } from "@/lib/db/generated/client";
import { ZRequirements, type Requirements } from "@/lib/validation/classroom";
import { formatInCourseZone } from "./course-time";

/** The course an assignment belongs to, as its views name it. */
export type AssignmentCourse = { id: string; name: string; timeZone: string };

/**
 * An assignment as everyone in its course may see it: never its reference
 * map or rubric internals (those are the grading engineer's to show after
 * release). Dates are instants (ISO) plus the due date written in the
 * course's zone, with the zone named, as every screen shows it.
 */
export function assignmentView(
  assignment: Assignment,
  course: AssignmentCourse,
  document: { id: string; title: string },
) {
  return {
    id: assignment.id,
    course: { id: course.id, name: course.name, timeZone: course.timeZone },
    document,
    title: assignment.title,
    instructions: assignment.instructions,
    opensAt: assignment.opensAt?.toISOString() ?? null,
    dueAt: assignment.dueAt.toISOString(),
    dueText: formatInCourseZone(assignment.dueAt, course.timeZone),
    latePolicy: assignment.latePolicy,
    lateUntil: assignment.lateUntil?.toISOString() ?? null,
    mode: assignment.mode,
    peersVisible: assignment.peersVisible,
    requirements: storedRequirements(assignment.requirements),
    released: assignment.releasedAt !== null,
  };
}
export type AssignmentView = ReturnType<typeof assignmentView>;

/** The requirements as stored (checked on the way in); anything unreadable counts as none. */
export function storedRequirements(stored: unknown): Requirements {
  const parsed = ZRequirements.safeParse(stored);
  return parsed.success ? parsed.data : {};
}
