import type { Db } from "@/lib/db/client";
import { newInviteToken } from "@/lib/sharing/invite-token";
import { groupFor } from "./group-access";

/**
 * An owner turns joining by link on, or makes a new link (the old one stops
 * working). Returns the path to hand out, shown this once: only its hash is
 * stored. NotFoundError / ForbiddenError unless `userId` owns the group.
 */
export async function renewGroupInviteLink(db: Db, userId: string, groupId: string) {
  return db.$transaction(async (tx) => {
    await groupFor(tx, userId, groupId, "manage");
    const { token, hash } = newInviteToken();
    await tx.group.update({ where: { id: groupId }, data: { inviteTokenHash: hash } });
    return { path: `/invites/${token}` };
  });
}

/** An owner turns joining by link off: the link stops working at once. */
export async function disableGroupInviteLink(db: Db, userId: string, groupId: string) {
  return db.$transaction(async (tx) => {
    await groupFor(tx, userId, groupId, "manage");
    await tx.group.update({ where: { id: groupId }, data: { inviteTokenHash: null } });
    return { id: groupId };
  });
}
