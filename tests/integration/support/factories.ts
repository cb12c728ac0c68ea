import { signUp } from "@/lib/auth/sign-up";
import type { Db } from "@/lib/db/client";

let counter = 0;

export const TEST_PASSWORD = "correct horse battery staple";

/** A signed-up user with TEST_PASSWORD and a unique email. */
export async function createUser(db: Db, name = "Test Reader") {
  counter += 1;
  return signUp(db, { name, email: `reader${counter}-${process.pid}@example.org`, password: TEST_PASSWORD });
}
