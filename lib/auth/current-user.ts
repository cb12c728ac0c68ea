import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { sessionIdFromCookies } from "./session-token";
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
  const sessionId = await currentSessionId();
  if (!sessionId) return null;
  const user = await userOfSession(getDb(), sessionId);
  return user && { user, sessionId };
});

/**
 * The UserSession id in this request's token, not yet checked against its
 * row: for a caller that checks the row in its own statement
 * (annotation-list-tag.ts folds it into the 304's one query).
 */
export const currentSessionId = cache(async (): Promise<string | null> =>
  sessionIdFromCookies(await cookies(), {
    secure: authOptions.useSecureCookies ?? false,
    secret: authOptions.secret ?? process.env.NEXTAUTH_SECRET,
  }),
);

/** The signed-in user of the current request, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await getCurrentSession())?.user ?? null;
}
