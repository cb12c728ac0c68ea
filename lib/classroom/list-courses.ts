import { canSeeAssignment, type CourseRole } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";

/**
 * The courses `userId` is on the roster of (not removed), by name: their
 * role, how many are on the roster, and the next assignment due that they
 * can see (students: once it has opened).
 */
export async function listCourses(db: Tx, userId: string, now = new Date()) {
  const rows = await db.course.findMany({
    where: { members: { some: { userId, removedAt: null } } },
    select: {
      id: true,
      name: true,
      timeZone: true,
      members: { where: { userId }, select: { role: true } },
      _count: { select: { members: { where: { removedAt: null } } } },
      assignments: {
        where: { dueAt: { gt: now } },
        select: { id: true, title: true, dueAt: true, opensAt: true },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        take: 5,
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => {
    const role: CourseRole = row.members[0]!.role;
    // Of the few due next, the first this member may see (an unopened one is hidden from students).
    const next = row.assignments.find((assignment) => canSeeAssignment(role, assignment, now));
    return {
      id: row.id,
      name: row.name,
      timeZone: row.timeZone,
      role,
      members: row._count.members,
      nextDue: next ? { id: next.id, title: next.title, dueAt: next.dueAt.toISOString() } : null,
    };
  });
}

export type CourseSummary = Awaited<ReturnType<typeof listCourses>>[number];
