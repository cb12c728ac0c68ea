import type { Db } from "@/lib/db/client";
import { preparedStatement, runPrepared } from "@/lib/db/prepared-statement";
import { isUuid } from "@/lib/validation/uuid";

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
 *
 * Every request asks, so it is one raw statement whether or not last-seen
 * moves: the write is a CTE that touches the row only when it is stale
 * (conditional, so parallel requests of one browser write once between
 * them). Prisma's findFirst took a query compilation and a round trip, and
 * a stale session three statements.
 */
export async function userOfSession(db: Db, sessionId: string, now = new Date()) {
  if (!isUuid(sessionId)) return null;
  const [user] = await runPrepared<{ id: string; email: string; name: string }>(
    db,
    USER_OF_SESSION,
    liveSessionParams(sessionId, now),
  );
  return user ?? null;
}

/**
 * The CTEs of the session check, for a statement that does more in the same
 * round trip: `live` is the session row (id, "userId") if it is live, and
 * `touched` moves its last-seen time when stale. `sessionParam` and
 * `timesParam` name the positional parameters liveSessionParams fills (the
 * session id, then three timestamps from timesParam on).
 */
export function liveSessionCtes(sessionParam: string, timesParam: string) {
  const n = Number(timesParam.slice(1));
  const [now, idleSince, stale] = [n, n + 1, n + 2].map((i) => `$${i}::timestamptz`);
  return `live as (
      select s.id, s."userId" from "UserSession" s
      where s.id = ${sessionParam}::uuid and s."expiresAt" > ${now} and s."lastSeenAt" > ${idleSince}
    ), touched as (
      update "UserSession" t set "lastSeenAt" = ${now} from live
      where t.id = live.id and t."lastSeenAt" < ${stale}
    )`;
}

/** The parameters of liveSessionCtes, in its order: the session id, now, the idle limit, the stale limit. */
export function liveSessionParams(sessionId: string, now: Date) {
  return [
    sessionId,
    now,
    new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS),
    new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS),
  ] as const;
}

/** The types of liveSessionParams, for a statement prepared with them first. */
export const LIVE_SESSION_PARAM_TYPES = ["uuid", "timestamptz", "timestamptz", "timestamptz"] as const;

// Prepared (prepared-statement.ts): it runs on every request, and its plan never changes.
const USER_OF_SESSION = preparedStatement(
  "warrant_user_of_session",
  LIVE_SESSION_PARAM_TYPES,
  `with ${liveSessionCtes("$1", "$2")}
   select u.id::text as id, u.email, u.name from live join "User" u on u.id = live."userId"`,
);

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
