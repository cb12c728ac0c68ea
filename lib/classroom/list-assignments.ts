import { canSeeAssignment, type CourseRole } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import type { Assignment } from "@/lib/db/generated/client";
import { assignmentView, type AssignmentCourse } from "./assignment-view";
import { courseFor } from "./course-access";
import { studentProgress } from "./student-progress";

/** At most this many assignments on "My assignments" (the newest due dates): one course has at most 200. */
const MY_ASSIGNMENTS_LIMIT = 300;

type Row = Assignment & { document: { id: string; title: string } };

/**
 * The assignments a member sees, soonest due first: staff see all, a
 * student those that have opened, each with their status and checklist.
 */
async function viewsFor(tx: Tx, userId: string, role: CourseRole, course: AssignmentCourse, rows: Row[]) {
  const now = new Date();
  const visible = rows.filter((row) => canSeeAssignment(role, row, now));
  const views = [];
  for (const row of visible) {
    // One after another: on PGlite a transaction's queries run one at a time anyway.
    const progress = role === "student" ? await studentProgress(tx, userId, row) : null;
    views.push({ ...assignmentView(row, course, row.document), role, student: progress });
  }
  return views;
}

const ROW_INCLUDE = { document: { select: { id: true, title: true } } } as const;

/** A course's assignments (GET /api/courses/{id}/assignments); 404 for non-members. */
export async function listAssignments(db: Db, userId: string, courseId: string) {
  return db.$transaction(async (tx) => {
    const course = await courseFor(tx, userId, courseId, "see");
    const rows = await tx.assignment.findMany({
      where: { courseId },
      include: ROW_INCLUDE,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    });
    return viewsFor(tx, userId, course.role, course, rows);
  });
}

/** "My assignments": every course the user is on the roster of (not removed), soonest due first. */
export async function listMyAssignments(db: Db, userId: string) {
  return db.$transaction(async (tx) => {
    const memberships = await tx.courseMember.findMany({
      where: { userId, removedAt: null },
      select: {
        role: true,
        course: {
          select: {
            id: true,
            name: true,
            timeZone: true,
            assignments: { include: ROW_INCLUDE, orderBy: [{ dueAt: "desc" }], take: MY_ASSIGNMENTS_LIMIT },
          },
        },
      },
    });
    const views = [];
    for (const { role, course } of memberships) {
      views.push(...(await viewsFor(tx, userId, role, course, course.assignments)));
    }
    return views.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  });
}
