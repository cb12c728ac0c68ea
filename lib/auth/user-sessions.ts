import type { Db } from "@/lib/db/client";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** Records a new signed-in browser; its id goes into the JWT. */
export async function openUserSession(db: Db, userId: string) {
  const expiresAt = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  return db.userSession.create({ data: { userId, expiresAt }, select: { id: true } });
}

/** Ends a session: any copy of its token stops working on the next request. */
export async function closeUserSession(db: Db, sessionId: string) {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** The user of a live session, or null when it was closed, expired or never existed. */
export async function userOfSession(db: Db, sessionId: string) {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  return session.user;
}
