import { getServerSession } from "next-auth";
import { cache } from "react";
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
 *
 * Once per request: a page's layout, its metadata and the page itself each
 * ask, and the reader page paid three token decryptions and three queries
 * for one answer. React's `cache` keeps the answer for the server render of
 * one request only; outside a render (route handlers) it calls through.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  const user = await userOfSession(getDb(), session.sid);
  return user && { user, sessionId: session.sid };
});

/** The signed-in user of the current request, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await getCurrentSession())?.user ?? null;
}
