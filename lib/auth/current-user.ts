import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { userOfSession } from "./user-sessions";

export type CurrentUser = { id: string; email: string; name: string };

/** The signed-in user and the UserSession row of this browser. */
export type CurrentSession = { user: CurrentUser; sessionId: string };

/**
 * The session of the current request, or null. Validates the session row
 * behind the JWT, so a signed-out, idle or expired (or stolen and revoked)
 * token is refused.
 */
export async function getCurrentSession(): Promise<CurrentSession | null> {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  const user = await userOfSession(getDb(), session.sid);
  return user && { user, sessionId: session.sid };
}

/** The signed-in user of the current request, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await getCurrentSession())?.user ?? null;
}
