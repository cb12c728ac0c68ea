import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { MAX_GROUP_MEMBERS } from "@/lib/validation/sharing";
import { announceAccessChange } from "./announce-access-change";
import { groupFor } from "./group-access";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * An owner adds someone to a group by email. An account with that email is
 * a member at once; an email nobody has signed up with becomes a member
 * when someone does. Either way they are listed as "invited" until they
 * come by, and the answer is the same, so it never tells whether an account
 * exists. Adding someone twice changes nothing. NotFoundError /
 * ForbiddenError unless `userId` owns the group; InvalidInputError past
 * MAX_GROUP_MEMBERS.
 */
export async function addGroupMember(db: Db, userId: string, groupId: string, email: string) {
  const added = await addInTransaction(db, userId, groupId, email);
  if (added.created) await announceAccessChange(db, userId, groupId);
  return added;
}

async function addInTransaction(db: Db, userId: string, groupId: string, email: string) {
  return db.$transaction(async (tx) => {
    await groupFor(tx, userId, groupId, "manage");
    await takeTokens(tx, userId, "share");
    const existing = await tx.groupMember.findUnique({
      where: { groupId_email: { groupId, email } },
      select: { id: true, role: true },
    });
    if (existing) return { member: { id: existing.id, email, role: existing.role, invited: true }, created: false };
    if ((await tx.groupMember.count({ where: { groupId } })) >= MAX_GROUP_MEMBERS) {
      throw new InvalidInputError("email", `A group can have at most ${MAX_GROUP_MEMBERS} members`);
    }
    const account = await tx.user.findUnique({ where: { email }, select: { id: true } });
    const already = account
      ? await tx.groupMember.findUnique({
          where: { groupId_userId: { groupId, userId: account.id } },
          select: { id: true },
        })
      : null;
    if (already) return { member: { id: already.id, email, role: "member" as const, invited: true }, created: false };
    const member = await tx.groupMember.create({
      data: { groupId, email, userId: account?.id ?? null },
      select: { id: true, role: true },
    });
    return { member: { id: member.id, email, role: member.role, invited: true }, created: true };
  });
}
