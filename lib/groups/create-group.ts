import { memberGroupsWhere } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { MAX_GROUPS_PER_USER } from "@/lib/validation/sharing";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * A new group with `userId` as its owner and only member. Throws
 * InvalidInputError when they already belong to MAX_GROUPS_PER_USER groups.
 */
export async function createGroup(db: Db, userId: string, name: string) {
  return db.$transaction(async (tx) => {
    await takeTokens(tx, userId, "createGroup");
    if ((await tx.group.count({ where: memberGroupsWhere(userId) })) >= MAX_GROUPS_PER_USER) {
      throw new InvalidInputError("name", `You can belong to at most ${MAX_GROUPS_PER_USER} groups`);
    }
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const group = await tx.group.create({
      data: {
        name,
        createdById: userId,
        members: { create: { userId, email, role: "owner", joinedAt: new Date() } },
      },
      select: { id: true, name: true, createdAt: true },
    });
    return { ...group, createdAt: group.createdAt.toISOString(), role: "owner" as const, members: 1 };
  });
}
