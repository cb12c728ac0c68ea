import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { userOfSession } from "./user-sessions";

export type CurrentUser = { id: string; email: string; name: string };

/**
 * The signed-in user of the current request, or null. Validates the session
 * row behind the JWT, so a signed-out (or stolen and revoked) token is refused.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  return userOfSession(getDb(), session.sid);
}
