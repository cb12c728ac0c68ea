import type { Db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import type { SignInInput } from "@/lib/validation/account";

/** OWASP ASVS 2.2.1: at most 10 failed sign-ins per account per 15 minutes. */
export const MAX_FAILED_SIGN_INS = 10;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export class TooManyAttemptsError extends Error {
  constructor() {
    super("Too many attempts, try again later");
    this.name = "TooManyAttemptsError";
  }
}

/**
 * Checks an email and password. Returns the user, or null for a wrong password
 * or unknown email alike (same work either way). Throws TooManyAttemptsError
 * once an account has had MAX_FAILED_SIGN_INS failures within the window; the
 * limit is per account rather than per IP address because a whole class may
 * share one address.
 */
export async function signIn(db: Db, { email, password }: SignInInput) {
  const since = new Date(Date.now() - LOCKOUT_WINDOW_MS);
  const failures = await db.failedSignIn.count({ where: { email, createdAt: { gt: since } } });
  if (failures >= MAX_FAILED_SIGN_INS) throw new TooManyAttemptsError();

  const user = await db.user.findUnique({ where: { email } });
  const usable = user && !user.isSystem ? user : null;
  const ok = await verifyPassword(usable?.passwordHash ?? null, password);
  if (!usable || !ok) {
    await db.$transaction([
      db.failedSignIn.deleteMany({ where: { email, createdAt: { lte: since } } }),
      db.failedSignIn.create({ data: { email } }),
    ]);
    return null;
  }
  await db.failedSignIn.deleteMany({ where: { email } });
  return { id: usable.id, email: usable.email, name: usable.name };
}
