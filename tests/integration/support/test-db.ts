import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { IN_MEMORY, type DatabaseConfig } from "@/lib/db/database-config.mjs";
import { openPglite } from "@/lib/db/pglite-instance.mjs";
import { migrationsSql } from "./migrations-sql";

/** Which database this run tests: a real PostgreSQL server when DATABASE_URL is set. */
export const DATABASE_KIND = process.env.DATABASE_URL ? "postgres" : "pglite";

async function postgresWorkerDatabase(templateUrl: string): Promise<string> {
  // Each worker clones the migrated database, so parallel files never share rows.
  const name = `warrant_w${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}`;
  const admin = new pg.Client({ connectionString: templateUrl.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await admin.connect();
  try {
    const template = new URL(templateUrl).pathname.slice(1);
    await admin.query(`drop database if exists "${name}"`);
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const MIGRATED = Symbol.for("warrant.test.pglite-migrated");

let testDbConfig: DatabaseConfig | undefined;

/** Where this file's test database is (for tests that open a second connection, e.g. to LISTEN). */
export function currentTestDbConfig(): DatabaseConfig {
  if (!testDbConfig) throw new Error("currentTestDbConfig(): the database is ready only inside tests and hooks");
  return testDbConfig;
}

/** Opens this worker's in-memory PGlite and migrates it, once per worker: a fresh PGlite costs ~3 s. */
async function migratedPglite(): Promise<void> {
  const pglite = openPglite(IN_MEMORY);
  const slot = globalThis as { [MIGRATED]?: Promise<void> };
  slot[MIGRATED] ??= (async () => {
    for (const sql of migrationsSql()) await pglite.exec(sql);
  })();
  await slot[MIGRATED];
}

/** Empties every table but Prisma's migration log. */
async function truncateAll(db: Db) {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`truncate ${tables.map((t) => `"${t.tablename}"`).join(", ")} restart identity cascade`);
}

/**
 * A real, migrated database for one test file — PGlite in memory, or a clone
 * of the throwaway PostgreSQL server's database — emptied before each test.
 * Returns a getter because the client exists only after beforeAll.
 */
export function useTestDb(): () => Db {
  let db: Db | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      testDbConfig = { kind: "postgres", url: await postgresWorkerDatabase(process.env.DATABASE_URL) };
    } else {
      await migratedPglite();
      testDbConfig = { kind: "pglite", dir: IN_MEMORY };
    }
    db = createPrismaClient(testDbConfig);
  });
  beforeEach(async () => truncateAll(db!));
  // The worker's PGlite stays open for the next file; it ends with the worker.
  afterAll(async () => db?.$disconnect());
  return () => {
    if (!db) throw new Error("useTestDb(): the database is ready only inside tests and hooks");
    return db;
  };
}
