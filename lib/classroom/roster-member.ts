import type { Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

export const MEMBER_NOT_FOUND = "Nobody on this course's roster has that id";

/** Someone on the course's roster (not removed), by their CourseMember id; NotFoundError otherwise. */
export async function rosterMember(tx: Tx, courseId: string, memberId: string) {
  const member = isUuid(memberId)
    ? await tx.courseMember.findFirst({
        where: { id: memberId, courseId, removedAt: null },
        select: { id: true, email: true, userId: true, role: true, name: true },
      })
    : null;
  if (!member) throw new NotFoundError(MEMBER_NOT_FOUND);
  return member;
}

/**
 * Throws unless the course keeps a teacher with an account once `memberId`
 * stops being one: a course with no teacher could never be managed again.
 */
export async function keepATeacher(tx: Tx, courseId: string, memberId: string) {
  const others = await tx.courseMember.count({
    where: { courseId, role: "teacher", removedAt: null, userId: { not: null }, id: { not: memberId } },
  });
  if (others === 0) {
    throw new ForbiddenError("A course needs a teacher: make someone else a teacher first");
  }
}
