// @ts-check
import path from "node:path";
import { z } from "zod";

/**
 * Where Warrant's data lives: a PostgreSQL server when DATABASE_URL is set,
 * otherwise embedded PGlite in PGLITE_DIR (default `.data/pglite`, or
 * `memory://` for a throwaway in-memory database).
 *
 * @typedef {{ kind: "postgres", url: string } | { kind: "pglite", dir: string }} DatabaseConfig
 */

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "DATABASE_URL must look like postgresql://user:password@host:5432/database");

export const DEFAULT_PGLITE_DIR = ".data/pglite";
export const IN_MEMORY = "memory://";

/**
 * Reads the database settings from an environment. Throws an Error with one
 * line saying what is wrong when DATABASE_URL is set but malformed.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {DatabaseConfig}
 */
export function databaseConfigFromEnv(env) {
  const url = env.DATABASE_URL;
  if (url !== undefined && url.trim() !== "") {
    const parsed = postgresUrl.safeParse(url);
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "DATABASE_URL is invalid");
    return { kind: "postgres", url: parsed.data };
  }
  const dir = env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR;
  return { kind: "pglite", dir: dir === IN_MEMORY ? dir : path.resolve(/*turbopackIgnore: true*/ dir) };
}

/**
 * The server's address without its password, for log lines.
 * @param {string} url
 */
export function redactDatabaseUrl(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
