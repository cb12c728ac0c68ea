import { canManageGroup, canSeeGroup, isManagedByCourse, type GroupRole } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

export const GROUP_NOT_FOUND = "Group not found";
export const COURSE_GROUP_REFUSAL = "This group is a course's roster: change it on the course's page";

/**
 * A group `userId` belongs to, with their role in it. Throws NotFoundError
 * when it does not exist or they are not a member (the two look the same),
 * and ForbiddenError when `allowed` (given their role; by default, whether
 * they may manage it) says no.
 */
export async function groupFor(
  tx: Tx,
  userId: string,
  groupId: string,
  need: "see" | "manage" | ((role: GroupRole) => boolean),
) {
  const row = isUuid(groupId)
    ? await tx.group.findUnique({
        where: { id: groupId },
        select: {
          id: true,
          name: true,
          members: { where: { userId }, select: { id: true, role: true, joinedAt: true } },
          course: { select: { id: true } },
          team: { select: { id: true } },
        },
      })
    : null;
  const membership = row?.members[0] ?? null;
  const role: GroupRole | null = membership?.role ?? null;
  if (!row || !canSeeGroup(role)) throw new NotFoundError(GROUP_NOT_FOUND);
  const allowed = need === "see" ? true : need === "manage" ? canManageGroup(role) : need(role as GroupRole);
  if (!allowed) throw new ForbiddenError("Only the group's owners can do that");
  if (need !== "see" && isManagedByCourse(row)) throw new ForbiddenError(COURSE_GROUP_REFUSAL);
  return { id: row.id, name: row.name, role: role as GroupRole, membership: membership! };
}

/** Throws unless removing or demoting owner `memberId` leaves the group another owner. */
export async function keepAnOwner(tx: Tx, groupId: string, memberId: string) {
  const others = await tx.groupMember.count({
    where: { groupId, role: "owner", id: { not: memberId }, userId: { not: null } },
  });
  if (others === 0) {
    throw new ForbiddenError("A group needs an owner: make someone else an owner first, or delete the group");
  }
}
