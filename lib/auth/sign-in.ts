import type { Db } from "@/lib/db/client";
import { TooManyRequestsError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { forgiveAttempt, purgeForgottenThrottles, reserveAttempt, signInBuckets } from "./sign-in-throttle";
import type { SignInInput } from "@/lib/validation/account";

export class TooManyAttemptsError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super("Too many attempts, try again later", retryAfterSeconds);
    this.name = "TooManyAttemptsError";
  }
}

/** Where an attempt comes from (lib/auth/request-source.ts; null when unknown) and when. */
export type AttemptContext = { source?: string | null; now?: Date };

/**
 * Checks a password for an account, within the limits of sign-in-throttle.ts:
 * the attempt is counted before the password is checked, and refused
 * (TooManyAttemptsError) without checking it when a limit is reached.
 * Resolves to true for the right password; the caller has already found
 * the account (or passes null for an unknown email, which costs the same).
 */
export async function checkPasswordThrottled(
  db: Db,
  account: { email: string; passwordHash: string | null },
  password: string,
  { source = null, now = new Date() }: AttemptContext = {},
): Promise<boolean> {
  const buckets = signInBuckets(account.email, source);
  const reservation = await reserveAttempt(db, buckets, now);
  if (!reservation.ok) throw new TooManyAttemptsError(reservation.retryAfterSeconds);
  const ok = await verifyPassword(account.passwordHash, password);
  if (ok) {
    await forgiveAttempt(db, buckets);
    // Successes are rarer than failures and never part of a flood: a fair time to tidy up.
    await purgeForgottenThrottles(db, now);
  }
  return ok;
}

/**
 * Checks an email and password. Returns the user, or null for a wrong password
 * or unknown email alike (same work either way). Throws TooManyAttemptsError
 * when too many attempts failed for this account from this source, from this
 * source, or for this account from anywhere (sign-in-throttle.ts).
 */
export async function signIn(db: Db, { email, password }: SignInInput, context: AttemptContext = {}) {
  const user = await db.user.findUnique({ where: { email } });
  const usable = user && !user.isSystem ? user : null;
  const ok = await checkPasswordThrottled(db, { email, passwordHash: usable?.passwordHash ?? null }, password, context);
  if (!usable || !ok) return null;
  return { id: usable.id, email: usable.email, name: usable.name };
}
