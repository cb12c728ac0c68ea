import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * With DATABASE_URL (a throwaway server from scripts/with-postgres.mjs), apply
 * the migrations once with the real `prisma migrate deploy`; each test worker
 * then clones that database (see test-db.ts). PGlite runs need nothing here.
 */
export default function setup() {
  if (!process.env.DATABASE_URL) return;
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
}
