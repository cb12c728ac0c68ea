// @ts-check
import fs from "node:fs";
import path from "node:path";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/** The migrations in prisma/migrations, oldest first. */
export function migrationNames() {
  if (!fs.existsSync(MIGRATIONS_DIR)) return [];
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The migrations in prisma/migrations that the database has not applied yet.
 * Asking the database directly costs milliseconds; running `prisma migrate
 * deploy` to find out costs 12–17 s, so start-up only pays that when needed.
 *
 * @param {{ query: (sql: string) => Promise<{ rows: unknown[] }> }} db a PGlite or pg client
 * @returns {Promise<string[]>}
 */
export async function pendingMigrations(db) {
  /** @type {Set<string>} */
  let applied;
  try {
    const { rows } = await db.query(
      "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null",
    );
    applied = new Set(rows.map((row) => /** @type {{ migration_name: string }} */ (row).migration_name));
  } catch (error) {
    // 42P01: the table does not exist yet, so nothing was ever applied.
    if (/** @type {{ code?: string }} */ (error).code !== "42P01") throw error;
    applied = new Set();
  }
  return migrationNames().filter((name) => !applied.has(name));
}
