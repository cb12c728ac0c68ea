import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { claimInvitations } from "@/lib/sharing/claim-invitations";
import { hashPassword } from "./password";
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
 */
export async function signUp(db: Db, input: SignUpInput) {
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
