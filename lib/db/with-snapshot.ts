import type { Db, Tx } from "./client";

/**
 * Runs `read` in one REPEATABLE READ transaction: every query in it sees the
 * database as of its first, whatever commits meanwhile. The level is set by
 * a statement inside the transaction rather than through Prisma's option,
 * because the PGlite adapter sends that option outside the transaction,
 * where it does nothing and waits behind any transaction in progress.
 */
export async function withSnapshot<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`set transaction isolation level repeatable read`;
      return read(tx);
    },
    // A long list (10,000 annotations) on a busy server can outlast Prisma's 5 s default.
    { timeout: 15_000, maxWait: 10_000 },
  );
}
