import type { Tx } from "./client";

/**
 * NOTIFY `channel` with `payload` (keep it short: PostgreSQL refuses payloads
 * of 8,000 bytes or more). Inside a transaction it is sent when the
 * transaction commits, and not at all if it rolls back.
 */
export async function notify(db: Tx, channel: string, payload: string): Promise<void> {
  await db.$executeRaw`select pg_notify(${channel}, ${payload})`;
}
