import type { Db } from "@/lib/db/client";
import { JOIN_CODE } from "@/lib/validation/classroom";

/**
 * What a join link offers `userId`: the course's name, and where they stand
 * ("member" already on the roster, "removed" by a teacher, or "new"); null
 * for a code no course has now (mistyped, renewed or turned off).
 */
export async function describeJoinCode(db: Db, userId: string, code: string) {
  if (!JOIN_CODE.test(code)) return null;
  const course = await db.course.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      members: { where: { userId }, select: { removedAt: true } },
    },
  });
  if (!course) return null;
  const membership = course.members[0];
  const standing = !membership ? "new" : membership.removedAt ? "removed" : "member";
  return { id: course.id, name: course.name, standing } as const;
}
