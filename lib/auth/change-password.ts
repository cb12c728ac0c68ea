import type { Db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { PasswordChange } from "@/lib/validation/account";
import { hashPassword } from "./password";
import { checkPasswordThrottled, type AttemptContext } from "./sign-in";
import { closeOtherUserSessions } from "./user-sessions";

/**
 * Changes a signed-in user's password. The current password is asked for,
 * and checked within the sign-in limits (a stolen session must not become a
 * password-guessing oracle). Then every other session of the user ends
 * (ASVS 3.3.3): whoever else held one must sign in with the new password.
 */
export async function changePassword(
  db: Db,
  { userId, sessionId }: { userId: string; sessionId: string },
  { currentPassword, newPassword }: PasswordChange,
  context: AttemptContext = {},
): Promise<{ endedSessions: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new NotFoundError("No such account");
  if (!(await checkPasswordThrottled(db, user, currentPassword, context))) {
    throw new InvalidInputError("currentPassword", "The current password is not right");
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const endedSessions = await closeOtherUserSessions(tx as Db, userId, sessionId);
    return { endedSessions };
  });
}
