import type { Tx } from "@/lib/db/client";
import { InvalidInputError, TooManyRequestsError } from "@/lib/errors";
import { WRITE_LIMITS, writeLimitsOn, type WriteAction } from "./write-limits";

/**
 * Spends `cost` tokens of `userId`'s bucket for `action`, or throws
 * TooManyRequestsError (429) saying how long to wait, spending nothing. The
 * refill and the spending are one statement on the bucket's row, which
 * PostgreSQL locks while it runs: concurrent requests, other processes and
 * other app instances all draw from the same bucket, and none can spend a
 * token twice. Run it inside the change it pays for, so a change that fails
 * (and rolls back) costs nothing.
 */
export async function takeTokens(tx: Tx, userId: string, action: WriteAction, cost = 1): Promise<void> {
  if (!writeLimitsOn()) return;
  const { capacity, perHour, doing } = WRITE_LIMITS[action];
  if (cost > capacity) {
    throw new InvalidInputError(
      "body",
      `That is too much at once: at most ${capacity.toLocaleString("en")} when ${doing}`,
    );
  }
  const perSecond = perHour / 3600;
  const spent = await tx.$queryRaw<{ tokens: number }[]>`
    insert into "RateLimit" as b ("userId", action, tokens, "updatedAt")
    values (${userId}::uuid, ${action}, ${capacity}::float8 - ${cost}::float8, clock_timestamp())
    on conflict ("userId", action) do update
      set tokens = least(${capacity}::float8,
            b.tokens + extract(epoch from clock_timestamp() - b."updatedAt")::float8 * ${perSecond}::float8)
          - ${cost}::float8,
        "updatedAt" = clock_timestamp()
      where least(${capacity}::float8,
          b.tokens + extract(epoch from clock_timestamp() - b."updatedAt")::float8 * ${perSecond}::float8)
        >= ${cost}::float8
    returning tokens`;
  if (spent.length > 0) return;
  const [bucket] = await tx.$queryRaw<{ available: number }[]>`
    select least(${capacity}::float8,
      tokens + extract(epoch from clock_timestamp() - "updatedAt")::float8 * ${perSecond}::float8) as available
    from "RateLimit" where "userId" = ${userId}::uuid and action = ${action}`;
  const wait = Math.max(1, Math.ceil((cost - (bucket?.available ?? 0)) / perSecond));
  throw new TooManyRequestsError(
    `You are ${doing} faster than Warrant allows (${capacity.toLocaleString("en")} at once, ` +
      `${Math.round(perHour).toLocaleString("en")} an hour): try again in ${waitText(wait)}`,
    wait,
  );
}

function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  if (seconds < 90 * 60) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}
