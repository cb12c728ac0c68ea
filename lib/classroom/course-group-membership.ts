import type { CourseRole, GroupRole } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";

/**
 * A course's roster is the one truth about who is in it; the Group
 * underneath (Course.groupId) mirrors it so that sharing a document with
 * the course, annotations visible to it and live updates work as for any
 * group. Every change of CourseMember goes with its GroupMember here, in
 * the same transaction. Teachers are the group's owners and everyone else
 * a member; group owners manage nothing through the Groups pages, which
 * refuse to touch a course's group (lib/groups/group-access.ts).
 */
export function groupRoleFor(role: CourseRole): GroupRole {
  return role === "teacher" ? "owner" : "member";
}

type Person = { email: string; userId: string | null; joined: boolean };

/** Puts a roster entry into the course's group (pending by email while it has no account). */
export async function mirrorIntoGroup(tx: Tx, groupId: string, person: Person, role: CourseRole) {
  const existing = await tx.groupMember.findFirst({
    where: { groupId, OR: [{ email: person.email }, ...(person.userId ? [{ userId: person.userId }] : [])] },
    select: { id: true },
  });
  const data = {
    email: person.email,
    userId: person.userId,
    role: groupRoleFor(role),
    joinedAt: person.joined ? new Date() : null,
  };
  if (existing) await tx.groupMember.update({ where: { id: existing.id }, data });
  else await tx.groupMember.create({ data: { groupId, ...data } });
}

/** Follows a role change in the course's group. */
export async function mirrorRole(tx: Tx, groupId: string, email: string, role: CourseRole) {
  await tx.groupMember.updateMany({ where: { groupId, email }, data: { role: groupRoleFor(role) } });
}

/** Takes a roster entry out of the course's group: the group's shares and audience no longer reach them. */
export async function dropFromGroup(tx: Tx, groupId: string, person: { email: string; userId: string | null }) {
  await tx.groupMember.deleteMany({
    where: { groupId, OR: [{ email: person.email }, ...(person.userId ? [{ userId: person.userId }] : [])] },
  });
}
