import {
  canInCourse,
  canSeeAssignment,
  courseRefusal,
  type CourseAction,
  type CourseRole,
} from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

export const COURSE_NOT_FOUND = "Course not found";

/**
 * A course `userId` is on the roster of (and not removed from), with their
 * role in it. NotFoundError when it does not exist or they are not a member
 * — a student of another course, a removed student and a stranger all see
 * the same 404 — and ForbiddenError when their role does not allow `action`.
 */
export async function courseFor(tx: Tx, userId: string, courseId: string, action: CourseAction) {
  const row = isUuid(courseId)
    ? await tx.course.findUnique({
        where: { id: courseId },
        select: {
          id: true,
          name: true,
          groupId: true,
          timeZone: true,
          members: { where: { userId, removedAt: null }, select: { id: true, role: true } },
        },
      })
    : null;
  const membership = row?.members[0] ?? null;
  const role: CourseRole | null = membership?.role ?? null;
  if (!row || !canInCourse(role, "see")) throw new NotFoundError(COURSE_NOT_FOUND);
  if (!canInCourse(role, action)) throw new ForbiddenError(courseRefusal(action));
  return {
    id: row.id,
    name: row.name,
    groupId: row.groupId,
    timeZone: row.timeZone,
    role: role!,
    memberId: membership!.id,
  };
}

export const ASSIGNMENT_NOT_FOUND = "Assignment not found";

/**
 * An assignment with the caller's course role, checked as courseFor does;
 * a student also gets NotFoundError before the assignment opens.
 */
export async function assignmentFor(tx: Tx, userId: string, assignmentId: string, action: CourseAction) {
  const assignment = isUuid(assignmentId) ? await tx.assignment.findUnique({ where: { id: assignmentId } }) : null;
  if (!assignment) throw new NotFoundError(ASSIGNMENT_NOT_FOUND);
  let course;
  try {
    course = await courseFor(tx, userId, assignment.courseId, "see");
  } catch {
    throw new NotFoundError(ASSIGNMENT_NOT_FOUND);
  }
  if (!canSeeAssignment(course.role, assignment, new Date())) throw new NotFoundError(ASSIGNMENT_NOT_FOUND);
  if (!canInCourse(course.role, action)) throw new ForbiddenError(courseRefusal(action));
  return { assignment, course };
}
