import type { Db } from "@/lib/db/client";

/**
 * Soft lockout with exponential backoff (OWASP ASVS 2.2.1), counted per key
 * in SignInThrottle rows:
 *
 * - an account at one source (`pair`): 10 failures in 15 minutes. This is
 *   the limit one attacker meets. Keyed by source too, so an attacker cannot
 *   lock the account's owner out: the owner signs in from elsewhere.
 * - a source across accounts (`source`): 100 in 15 minutes, so one address
 *   cannot spray guesses over many accounts. High, because a whole class
 *   may share one address.
 * - an account from every source (`account`): 100 in an hour, ASVS's bound
 *   on guesses against one account, whatever the number of addresses.
 *
 * A key that reaches its limit is blocked for a minute; each further failure
 * (allowed only once the wait is over) doubles the wait, up to an hour. A key
 * quiet for its window starts again from zero. Attempts refused while
 * blocked are not evaluated and not counted, so hammering a blocked key
 * does not extend its wait.
 *
 * Every attempt is counted as a failure BEFORE the password is checked
 * (reserveAttempt) and forgiven after a success (forgiveAttempt): checking
 * the count and recording the attempt happen under one row lock, so guesses
 * sent in parallel cannot all slip in under the limit.
 */

type Rule = { limit: number; windowMs: number };
export type ThrottleBucket = Rule & { key: string };

const MINUTE = 60 * 1000;
export const PAIR_LIMIT = 10;
export const SOURCE_LIMIT = 100;
export const ACCOUNT_LIMIT = 100;
const PAIR: Rule = { limit: PAIR_LIMIT, windowMs: 15 * MINUTE };
const SOURCE: Rule = { limit: SOURCE_LIMIT, windowMs: 15 * MINUTE };
const ACCOUNT: Rule = { limit: ACCOUNT_LIMIT, windowMs: 60 * MINUTE };
const FIRST_WAIT_MS = MINUTE;
const LONGEST_WAIT_MS = 60 * MINUTE;
/** Rows quiet for longer than the longest window and wait can no longer block anything. */
const FORGOTTEN_AFTER_MS = 2 * 60 * MINUTE;

/**
 * The keys a sign-in for `email` from `source` counts against. With no
 * known source every request would share one `source` key, so that key is
 * left out and the account's unknown-source pair does the pair's job.
 */
export function signInBuckets(email: string, source: string | null): ThrottleBucket[] {
  const buckets: ThrottleBucket[] = [
    { key: `pair:${source ?? "unknown"}:${email}`, ...PAIR },
    { key: `account:${email}`, ...ACCOUNT },
  ];
  if (source) buckets.push({ key: `source:${source}`, ...SOURCE });
  return buckets;
}

export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

type Row = { key: string; failures: number; lastFailureAt: Date; blockedUntil: Date | null };

/** Failures that still count at `now`: none once the key has been quiet for its window. */
function liveFailures(row: Row, rule: Rule, now: Date): number {
  const quietSince = Math.max(row.lastFailureAt.getTime(), row.blockedUntil?.getTime() ?? 0);
  return now.getTime() - quietSince > rule.windowMs ? 0 : row.failures;
}

function waitAfter(failures: number, rule: Rule): number | null {
  if (failures < rule.limit) return null;
  const doublings = Math.min(failures - rule.limit, 16);
  return Math.min(FIRST_WAIT_MS * 2 ** doublings, LONGEST_WAIT_MS);
}

/**
 * Counts one attempt against every bucket, unless one of them is blocked:
 * then nothing is counted and the caller must refuse without evaluating.
 * The rows are locked (in key order, so two attempts cannot deadlock) for
 * the few statements between reading and writing the counts.
 */
export async function reserveAttempt(db: Db, buckets: ThrottleBucket[], now: Date): Promise<Reservation> {
  if (buckets.length === 0) return { ok: true };
  const sorted = [...buckets].sort((a, b) => (a.key < b.key ? -1 : 1));
  const keys = sorted.map((bucket) => bucket.key);
  return db.$transaction(
    async (tx) => {
      await tx.signInThrottle.createMany({
        data: keys.map((key) => ({ key, lastFailureAt: now })),
        skipDuplicates: true,
      });
      const rows = await tx.$queryRaw<Row[]>`
        select key, failures, "lastFailureAt", "blockedUntil" from "SignInThrottle"
        where key = any(${keys}::text[]) order by key for update`;
      const byKey = new Map(rows.map((row) => [row.key, row]));

      let blockedForMs = 0;
      for (const bucket of sorted) {
        const row = byKey.get(bucket.key)!;
        if (liveFailures(row, bucket, now) >= bucket.limit && row.blockedUntil && row.blockedUntil > now) {
          blockedForMs = Math.max(blockedForMs, row.blockedUntil.getTime() - now.getTime());
        }
      }
      if (blockedForMs > 0) return { ok: false, retryAfterSeconds: Math.ceil(blockedForMs / 1000) };

      for (const bucket of sorted) {
        const failures = liveFailures(byKey.get(bucket.key)!, bucket, now) + 1;
        const wait = waitAfter(failures, bucket);
        await tx.signInThrottle.update({
          where: { key: bucket.key },
          data: { failures, lastFailureAt: now, blockedUntil: wait === null ? null : new Date(now.getTime() + wait) },
        });
      }
      return { ok: true };
    },
    // Many attempts may queue for the same rows; each holds them for a few statements only.
    { maxWait: 30_000, timeout: 10_000 },
  );
}

/**
 * After a success: the first bucket (the account at that source, as
 * signInBuckets orders them) starts afresh, and the attempt reserved on the
 * wider buckets is taken back (with any wait it set).
 */
export async function forgiveAttempt(db: Db, buckets: ThrottleBucket[]): Promise<void> {
  const [pair, ...wider] = buckets;
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: pair!.key } }),
    ...wider.flatMap((bucket) => [
      db.signInThrottle.updateMany({
        where: { key: bucket.key, failures: { gt: 0 } },
        data: { failures: { decrement: 1 } },
      }),
      db.signInThrottle.updateMany({
        where: { key: bucket.key, failures: { lt: bucket.limit } },
        data: { blockedUntil: null },
      }),
    ]),
  ]);
}

/**
 * Sign-up attempts per source: 100 an hour, then the same backoff. Sign-up
 * says whether an email has an account (see docs/ARCHITECTURE.md, Security),
 * so this bounds how fast one address can ask; a whole class signing up
 * from one address in one lesson stays well under it.
 */
export const SIGN_UP_LIMIT = 100;
export function signUpBuckets(source: string | null): ThrottleBucket[] {
  return source ? [{ key: `sign-up:${source}`, limit: SIGN_UP_LIMIT, windowMs: 60 * MINUTE }] : [];
}

/** Deletes up to `limit` rows that can no longer block anything; returns how many. */
export async function purgeForgottenThrottles(db: Db, now: Date, limit = 500): Promise<number> {
  const cutoff = new Date(now.getTime() - FORGOTTEN_AFTER_MS);
  const forgotten = await db.signInThrottle.findMany({
    where: { lastFailureAt: { lt: cutoff }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: cutoff } }] },
    select: { key: true },
    take: limit,
  });
  if (forgotten.length === 0) return 0;
  const { count } = await db.signInThrottle.deleteMany({ where: { key: { in: forgotten.map((row) => row.key) } } });
  return count;
}
