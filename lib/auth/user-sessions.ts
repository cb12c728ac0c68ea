import type { Db } from "@/lib/db/client";

/** Absolute lifetime: a session ends 30 days after sign-in, however busy. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
/** Idle timeout (ASVS 3.3.2): a session with no request for 24 hours has ended. */
export const SESSION_IDLE_TIMEOUT_MS = 24 * 60 * 60 * 1000;
/**
 * Last-seen is written at most this often, so a busy reader costs one write
 * every few minutes instead of one per request; the idle timeout is
 * therefore exact to within this much.
 */
export const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;
/** Ended rows deleted per sign-in: enough to keep up, never a long statement. */
export const SESSION_PURGE_BATCH = 200;
const USER_AGENT_MAX = 256;

type OpenOptions = { userAgent?: string; now?: Date };

/**
 * Records a new signed-in browser (its id goes into the JWT) and clears
 * away a batch of ended sessions, so rows do not pile up.
 */
export async function openUserSession(db: Db, userId: string, { userAgent, now = new Date() }: OpenOptions = {}) {
  const session = await db.userSession.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
      userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
    },
    select: { id: true },
  });
  await purgeEndedSessions(db, now);
  return session;
}

/** Ends a session: any copy of its token stops working on the next request. */
export async function closeUserSession(db: Db, sessionId: string) {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of `userId` but `keepSessionId` (the browser asking); returns how many. */
export async function closeOtherUserSessions(db: Db, userId: string, keepSessionId: string): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { userId, id: { not: keepSessionId } } });
  return count;
}

/** Sessions still live at `now`: not past their lifetime, not idle too long. */
function liveWhere(now: Date) {
  return { expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS) } };
}

/**
 * The user of a live session, or null when it was closed, expired, left idle
 * for SESSION_IDLE_TIMEOUT_MS or never existed. Using a session keeps it
 * alive: last-seen moves forward, at most every LAST_SEEN_RESOLUTION_MS.
 */
export async function userOfSession(db: Db, sessionId: string, now = new Date()) {
  const stale = new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS);
  // Every request asks; most come from a session seen in the last few
  // minutes, which needs no write: one statement answers them (reading the
  // session with its user takes Prisma two).
  const recent = await db.user.findFirst({
    where: { sessions: { some: { AND: [{ id: sessionId, ...liveWhere(now) }, { lastSeenAt: { gt: stale } }] } } },
    select: { id: true, email: true, name: true },
  });
  if (recent) return recent;
  const session = await db.userSession.findFirst({
    where: { id: sessionId, ...liveWhere(now) },
    select: { lastSeenAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!session) return null;
  if (session.lastSeenAt < stale) {
    // Conditional, so parallel requests of one browser write once between them.
    await db.userSession.updateMany({ where: { id: sessionId, lastSeenAt: { lt: stale } }, data: { lastSeenAt: now } });
  }
  return session.user;
}

export type UserSessionView = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null };

/** `userId`'s live sessions, most recently started first, for the account page. */
export async function listUserSessions(db: Db, userId: string, now = new Date()): Promise<UserSessionView[]> {
  return db.userSession.findMany({
    where: { userId, ...liveWhere(now) },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

/** Deletes up to `limit` sessions that have ended (expired or idle); returns how many. */
export async function purgeEndedSessions(db: Db, now: Date, limit = SESSION_PURGE_BATCH): Promise<number> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS);
  const ended = await db.userSession.findMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] },
    select: { id: true },
    take: limit,
  });
  if (ended.length === 0) return 0;
  const { count } = await db.userSession.deleteMany({ where: { id: { in: ended.map((row) => row.id) } } });
  return count;
}
