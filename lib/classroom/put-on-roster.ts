import type { CourseRole } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { MAX_COURSE_MEMBERS } from "@/lib/validation/classroom";
import { groupRoleFor, mirrorIntoGroup } from "./course-group-membership";

export type RosterAddition = { email: string; role: CourseRole; name?: string | null };

/**
 * Puts people on a course's roster and into its group, in the caller's
 * transaction: someone with an account is a member at once, an email
 * nobody has signed up with holds the place until someone does (claimed at
 * sign-up, lib/sharing/claim-invitations.ts). Someone already on the roster
 * is left as they are; someone removed earlier is back, with the role
 * given. Everyone is "invited" until they first open the course. A few
 * queries for the whole list, so a class-sized import is one short
 * transaction. InvalidInputError (field `field`) past MAX_COURSE_MEMBERS.
 * Returns the emails that were added.
 */
export async function putOnRoster(
  tx: Tx,
  course: { id: string; groupId: string },
  additions: RosterAddition[],
  field: string,
): Promise<string[]> {
  const emails = additions.map((addition) => addition.email);
  const [listed, accounts, onRoster] = await Promise.all([
    tx.courseMember.findMany({
      where: { courseId: course.id, email: { in: emails } },
      select: { id: true, email: true, userId: true, joinedAt: true, removedAt: true },
    }),
    tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } }),
    tx.courseMember.count({ where: { courseId: course.id, removedAt: null } }),
  ]);
  const listedBy = new Map(listed.map((member) => [member.email, member]));
  const accountBy = new Map(accounts.map((account) => [account.email, account.id]));
  const fresh = additions.filter((addition) => !listedBy.has(addition.email));
  const returning = additions.filter((addition) => listedBy.get(addition.email)?.removedAt);
  if (onRoster + fresh.length + returning.length > MAX_COURSE_MEMBERS) {
    throw new InvalidInputError(field, `A course can have at most ${MAX_COURSE_MEMBERS} members`);
  }
  await tx.courseMember.createMany({
    data: fresh.map(({ email, role, name }) => ({
      courseId: course.id,
      email,
      role,
      name: name ?? null,
      userId: accountBy.get(email) ?? null,
    })),
  });
  await tx.groupMember.createMany({
    data: fresh.map(({ email, role }) => ({
      groupId: course.groupId,
      email,
      role: groupRoleFor(role),
      userId: accountBy.get(email) ?? null,
    })),
    skipDuplicates: true,
  });
  for (const { email, role, name } of returning) {
    const member = listedBy.get(email)!;
    await tx.courseMember.update({
      where: { id: member.id },
      data: { removedAt: null, role, ...(name ? { name } : {}) },
    });
    await mirrorIntoGroup(tx, course.groupId, { email, userId: member.userId, joined: false }, role);
  }
  return [...fresh, ...returning].map((addition) => addition.email);
}
