import { createDriverAdapter, createPrismaClient, type Db, type DriverAdapter } from "@/lib/db/client";
import type { DatabaseConfig } from "@/lib/db/database-config.mjs";

/**
 * A Prisma client on `config`'s database that writes down every round trip
 * it makes through its driver adapter: each SQL statement, and BEGIN /
 * COMMIT / ROLLBACK for the transactions it opens (which both adapters send
 * as one statement each). What a use case costs in
 * round trips, on PGlite and PostgreSQL alike (each is ~3 ms through Prisma
 * on PGlite, however small: docs/ARCHITECTURE.md, "Performance under a
 * class's load").
 */
export function statementLoggingClient(config: DatabaseConfig): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const factory = createDriverAdapter(config);
  const logged = new Proxy(factory, {
    get(target, key, receiver) {
      if (key !== "connect") return Reflect.get(target, key, receiver);
      return async () => logQueries(await target.connect(), statements);
    },
  }) as DriverAdapter;
  return { db: createPrismaClient(config, logged), statements };
}

type Queryable = {
  queryRaw(query: { sql: string }): Promise<unknown>;
  executeRaw(query: { sql: string }): Promise<unknown>;
};

/** `queryable` (an adapter, or one of its transactions) writing its statements to `statements`. */
function logQueries<T extends object>(queryable: T, statements: string[]): T {
  return new Proxy(queryable, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      if (key === "queryRaw" || key === "executeRaw") {
        return (query: { sql: string }) => {
          statements.push(query.sql.replace(/\s+/g, " ").trim());
          return (value as Queryable["queryRaw"]).call(target, query);
        };
      }
      if (key === "startTransaction") {
        return async (...args: unknown[]) => {
          statements.push(args[0] ? `BEGIN ISOLATION LEVEL ${String(args[0])}` : "BEGIN");
          return logQueries(await (value as (...a: unknown[]) => Promise<object>).apply(target, args), statements);
        };
      }
      // With a "phantom" transaction (PGlite's adapter) the adapter itself
      // ends it; otherwise (PrismaPg) Prisma sends COMMIT or ROLLBACK as a
      // statement, already written down, and commit() only frees the connection.
      if (key === "commit" || key === "rollback") {
        return () => {
          const phantom = (target as { options?: { usePhantomQuery?: boolean } }).options?.usePhantomQuery;
          if (phantom) statements.push(key.toUpperCase());
          return (value as () => Promise<unknown>).call(target);
        };
      }
      return value.bind(target);
    },
  });
}
