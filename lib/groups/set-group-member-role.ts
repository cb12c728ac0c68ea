import type { GroupRole } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { groupFor, keepAnOwner } from "./group-access";

/**
 * An owner makes a member an owner, or an owner a member again (a group
 * always keeps an owner: ForbiddenError). NotFoundError for someone who is
 * not a member with an account.
 */
export async function setGroupMemberRole(
  db: Db,
  userId: string,
  groupId: string,
  memberUserId: string,
  role: GroupRole,
) {
  return db.$transaction(async (tx) => {
    await groupFor(tx, userId, groupId, "manage");
    const member = isUuid(memberUserId)
      ? await tx.groupMember.findFirst({ where: { groupId, userId: memberUserId }, select: { id: true, role: true } })
      : null;
    if (!member) throw new NotFoundError("Member not found");
    if (member.role === "owner" && role === "member") await keepAnOwner(tx, groupId, member.id);
    await tx.groupMember.update({ where: { id: member.id }, data: { role } });
    return { userId: memberUserId, role };
  });
}
