import type { CourseRole } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { announceAccessChange } from "@/lib/groups/announce-access-change";
import { courseFor } from "./course-access";
import { mirrorRole } from "./course-group-membership";
import { keepATeacher, rosterMember } from "./roster-member";

/**
 * A teacher changes someone's role on the roster (a course always keeps a
 * teacher: ForbiddenError). NotFoundError for someone not on it.
 */
export async function setCourseMemberRole(
  db: Db,
  userId: string,
  courseId: string,
  memberId: string,
  role: CourseRole,
) {
  const changed = await db.$transaction(async (tx) => {
    const course = await courseFor(tx, userId, courseId, "manage");
    const member = await rosterMember(tx, courseId, memberId);
    if (member.role === "teacher" && role !== "teacher") await keepATeacher(tx, courseId, member.id);
    await tx.courseMember.update({ where: { id: member.id }, data: { role } });
    await mirrorRole(tx, course.groupId, member.email, role);
    return { member: { id: member.id, email: member.email, role }, groupId: course.groupId };
  });
  await announceAccessChange(db, userId, changed.groupId);
  return changed.member;
}
