import type { Db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { announceAccessChange } from "@/lib/groups/announce-access-change";
import { MAX_COURSE_MEMBERS } from "@/lib/validation/classroom";
import { mirrorIntoGroup } from "./course-group-membership";

export const NO_SUCH_JOIN_CODE = "No course has that join code";
export const REMOVED_FROM_COURSE =
  "You were removed from this course, so its code no longer lets you in: ask its teacher to add you again";

/**
 * `userId` joins the course whose join code is `code` (already normalized by
 * ZJoinCode) as a student, and with it the course's group. Joining twice
 * changes nothing; someone the roster already names by their email (added
 * by a teacher) takes that place with its role. NotFoundError for an
 * unknown or turned-off code; ForbiddenError for someone a teacher removed.
 */
export async function joinCourse(db: Db, userId: string, code: string) {
  const joined = await db.$transaction(async (tx) => {
    const course = await tx.course.findUnique({
      where: { joinCode: code },
      select: { id: true, name: true, groupId: true },
    });
    if (!course) throw new NotFoundError(NO_SUCH_JOIN_CODE);
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const existing = await tx.courseMember.findFirst({
      where: { courseId: course.id, OR: [{ userId }, { email }] },
      select: { id: true, role: true, userId: true, joinedAt: true, removedAt: true },
    });
    if (existing?.removedAt) throw new ForbiddenError(REMOVED_FROM_COURSE);
    const view = { id: course.id, name: course.name };
    if (existing?.userId && existing.joinedAt)
      return { course: { ...view, role: existing.role }, changed: false, groupId: course.groupId };
    const now = new Date();
    if (existing) {
      await tx.courseMember.update({ where: { id: existing.id }, data: { userId, joinedAt: now } });
      await mirrorIntoGroup(tx, course.groupId, { email, userId, joined: true }, existing.role);
      return { course: { ...view, role: existing.role }, changed: true, groupId: course.groupId };
    }
    if ((await tx.courseMember.count({ where: { courseId: course.id, removedAt: null } })) >= MAX_COURSE_MEMBERS) {
      throw new InvalidInputError("code", `This course is full: a course has at most ${MAX_COURSE_MEMBERS} members`);
    }
    await tx.courseMember.create({ data: { courseId: course.id, userId, email, role: "student", joinedAt: now } });
    await mirrorIntoGroup(tx, course.groupId, { email, userId, joined: true }, "student");
    return { course: { ...view, role: "student" as const }, changed: true, groupId: course.groupId };
  });
  // Their new group reaches documents they may now have open: their streams learn their new role.
  if (joined.changed) await announceAccessChange(db, userId, joined.groupId);
  return joined.course;
}
