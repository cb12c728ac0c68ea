import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseConfigFromEnv } from "./database-config.mjs";
import { openPglite } from "./pglite-instance.mjs";

/**
 * The driver adapter the Prisma CLI (migrate deploy, db pull) connects
 * through, chosen by the same environment as the app: a PostgreSQL server when
 * DATABASE_URL is set, otherwise PGlite in PGLITE_DIR.
 */
export async function createMigrationAdapter() {
  const config = databaseConfigFromEnv(process.env);
  if (config.kind === "postgres") return new PrismaPg({ connectionString: config.url });
  return new PrismaPGlite(openPglite(config.dir));
}
