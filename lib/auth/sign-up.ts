import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { claimInvitations } from "@/lib/sharing/claim-invitations";
import { TooManyRequestsError } from "@/lib/errors";
import { hashPassword } from "./password";
import type { AttemptContext } from "./sign-in";
import { reserveAttempt, signUpBuckets } from "./sign-in-throttle";
import type { SignUpInput } from "@/lib/validation/account";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists");
    this.name = "EmailTakenError";
  }
}

/**
 * Creates an account from validated input, and gives it what was shared
 * with its email before it existed. Throws EmailTakenError when the email is
 * registered already (the database's unique index decides, so two
 * simultaneous sign-ups cannot both win).
 *
 * That answer tells anyone whether an email has an account. Warrant keeps
 * it (it sends no email, so "check your inbox" is not an option, and a
 * classroom tool must tell a student they already signed up) and limits how
 * fast one source may ask: every attempt counts, before the answer is
 * known (TooManyRequestsError past sign-in-throttle.ts's SIGN_UP_LIMIT).
 */
export async function signUp(db: Db, input: SignUpInput, { source = null, now = new Date() }: AttemptContext = {}) {
  const reservation = await reserveAttempt(db, signUpBuckets(source), now);
  if (!reservation.ok) {
    throw new TooManyRequestsError(
      "Too many sign-ups from your address, try again later",
      reservation.retryAfterSeconds,
    );
  }
  const passwordHash = await hashPassword(input.password);
  let user;
  try {
    user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
  await claimInvitations(db, user);
  return user;
}
