import type { Db } from "@/lib/db/client";
import { announceAccessChange } from "@/lib/groups/announce-access-change";
import { takeTokens } from "@/lib/limits/take-tokens";
import { courseFor } from "./course-access";
import { putOnRoster, type RosterAddition } from "./put-on-roster";

/**
 * A teacher adds someone by email with a role ("Add by email"). The answer
 * is the same whether the email has an account, so it never tells; adding
 * someone already on the roster changes nothing (`created` false).
 * NotFoundError / ForbiddenError unless `userId` teaches the course.
 */
export async function addCourseMember(db: Db, userId: string, courseId: string, addition: RosterAddition) {
  const result = await db.$transaction(async (tx) => {
    const course = await courseFor(tx, userId, courseId, "manage");
    await takeTokens(tx, userId, "share");
    const added = await putOnRoster(tx, course, [addition], "email");
    const member = await tx.courseMember.findUniqueOrThrow({
      where: { courseId_email: { courseId, email: addition.email } },
      select: { id: true, email: true, role: true },
    });
    return { member: { ...member, invited: true }, created: added.length > 0, groupId: course.groupId };
  });
  if (result.created) await announceAccessChange(db, userId, result.groupId);
  return { member: result.member, created: result.created };
}
