import type { Db } from "@/lib/db/client";
import { courseFor } from "./course-access";
import { joinPath, uniqueJoinCode } from "./join-code";

/**
 * A teacher makes a new join code (the old one stops working at once), or
 * turns joining by code on again. NotFoundError / ForbiddenError unless
 * `userId` teaches the course.
 */
export async function regenerateJoinCode(db: Db, userId: string, courseId: string) {
  return db.$transaction(async (tx) => {
    await courseFor(tx, userId, courseId, "manage");
    const joinCode = await uniqueJoinCode(tx);
    await tx.course.update({ where: { id: courseId }, data: { joinCode } });
    return { joinCode, joinPath: joinPath(joinCode) };
  });
}

/** A teacher turns joining by code off: the code and its link stop working; the roster is unchanged. */
export async function disableJoinCode(db: Db, userId: string, courseId: string) {
  return db.$transaction(async (tx) => {
    await courseFor(tx, userId, courseId, "manage");
    await tx.course.update({ where: { id: courseId }, data: { joinCode: null } });
    return { joinCode: null, joinPath: null };
  });
}
