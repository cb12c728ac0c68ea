import { memberGroupsWhere } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { takeTokens } from "@/lib/limits/take-tokens";
import { MAX_GROUPS_PER_USER } from "@/lib/validation/sharing";
import { joinPath, uniqueJoinCode } from "./join-code";

/**
 * A new course with `userId` as its (first) teacher, joining by code on.
 * Its Group is made with it, the teacher its owner, so the course can be
 * shared with and seen through like any group. A course's group counts
 * toward MAX_GROUPS_PER_USER (InvalidInputError past it).
 */
export async function createCourse(db: Db, userId: string, input: { name: string; timeZone?: string }) {
  return db.$transaction(async (tx) => {
    await takeTokens(tx, userId, "createGroup");
    if ((await tx.group.count({ where: memberGroupsWhere(userId) })) >= MAX_GROUPS_PER_USER) {
      throw new InvalidInputError("name", `You can belong to at most ${MAX_GROUPS_PER_USER} courses and groups`);
    }
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const now = new Date();
    const group = await tx.group.create({
      data: {
        name: input.name,
        createdById: userId,
        members: { create: { userId, email, role: "owner", joinedAt: now } },
      },
      select: { id: true },
    });
    const joinCode = await uniqueJoinCode(tx);
    const course = await tx.course.create({
      data: {
        name: input.name,
        timeZone: input.timeZone ?? "UTC",
        joinCode,
        groupId: group.id,
        createdById: userId,
        members: { create: { userId, email, role: "teacher", joinedAt: now } },
      },
      select: { id: true, name: true, timeZone: true, groupId: true, createdAt: true },
    });
    return {
      ...course,
      createdAt: course.createdAt.toISOString(),
      role: "teacher" as const,
      joinCode,
      joinPath: joinPath(joinCode),
    };
  });
}
