import { canRemoveMember } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { announceAccessChange } from "./announce-access-change";
import { groupFor, keepAnOwner } from "./group-access";

/**
 * Takes someone out of a group: a member by account (`{ userId }`; a member
 * may remove themselves, which is leaving), or anyone listed by their
 * membership id (`{ memberId }`, for people still "invited"). Only owners
 * remove others, and a group always keeps an owner (ForbiddenError). The
 * removed person loses what the group's shares gave them on their next
 * request, and their open live streams close; their annotations stay.
 * NotFoundError for an unknown member.
 */
export async function removeGroupMember(
  db: Db,
  userId: string,
  groupId: string,
  who: { userId: string } | { memberId: string },
) {
  const removed = await db.$transaction(async (tx) => {
    const leaving = "userId" in who && who.userId === userId;
    await groupFor(tx, userId, groupId, (role) => canRemoveMember(role, leaving));
    const key = "userId" in who ? { userId: who.userId } : { id: who.memberId };
    const member = isUuid(Object.values(key)[0]!)
      ? await tx.groupMember.findFirst({ where: { groupId, ...key }, select: { id: true, role: true } })
      : null;
    if (!member) throw new NotFoundError("Member not found");
    if (member.role === "owner") await keepAnOwner(tx, groupId, member.id);
    await tx.groupMember.delete({ where: { id: member.id } });
    return { id: member.id };
  });
  await announceAccessChange(db, userId, groupId);
  return removed;
}
