import { canInCourse } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { courseFor } from "./course-access";
import { joinPath } from "./join-code";
import { lastActivityByUser } from "./last-activity";

/**
 * A course as `userId` sees it: its name, time zone and their role; for
 * staff ("seeRoster") also the join code and link and the roster, with
 * emails, roles, whether each person has come by yet ("invited" until
 * then) and their last activity. Students see no roster. Opening it counts
 * as having joined. NotFoundError for anyone not on the roster.
 */
export async function getCourse(db: Db, userId: string, courseId: string) {
  const course = await courseFor(db, userId, courseId, "see");
  await db.courseMember.updateMany({ where: { id: course.memberId, joinedAt: null }, data: { joinedAt: new Date() } });
  const base = {
    id: course.id,
    name: course.name,
    timeZone: course.timeZone,
    role: course.role,
    groupId: course.groupId,
  };
  if (!canInCourse(course.role, "seeRoster")) return { ...base, staff: null };
  return { ...base, staff: await staffView(db, course.id, userId) };
}

async function staffView(db: Db, courseId: string, userId: string) {
  const [row, members] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: courseId }, select: { joinCode: true } }),
    listRoster(db, courseId, userId),
  ]);
  return {
    joinCode: row.joinCode,
    joinPath: row.joinCode === null ? null : joinPath(row.joinCode),
    members,
  };
}

/** The roster as staff see it: teachers first, then assistants, then students, each by name. */
export async function listRoster(db: Db, courseId: string, userId: string) {
  const rows = await db.courseMember.findMany({
    where: { courseId, removedAt: null },
    select: {
      id: true,
      userId: true,
      email: true,
      name: true,
      role: true,
      joinedAt: true,
      lastActiveAt: true,
      user: { select: { name: true } },
    },
    orderBy: [{ role: "asc" }, { addedAt: "asc" }, { id: "asc" }],
  });
  const lastActivity = await lastActivityByUser(db, courseId, rows);
  return rows
    .map((row) => ({
      id: row.id,
      userId: row.userId,
      name: row.user?.name ?? row.name,
      email: row.email,
      role: row.role,
      you: row.userId === userId,
      invited: row.userId === null || row.joinedAt === null,
      joinedAt: row.joinedAt?.toISOString() ?? null,
      lastActiveAt: (row.userId ? lastActivity.get(row.userId) : null)?.toISOString() ?? null,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.name ?? a.email).localeCompare(b.name ?? b.email));
}

const ROLE_ORDER = { teacher: 0, assistant: 1, student: 2 } as const;

export type CourseDetail = Awaited<ReturnType<typeof getCourse>>;
export type RosterEntry = Awaited<ReturnType<typeof listRoster>>[number];
