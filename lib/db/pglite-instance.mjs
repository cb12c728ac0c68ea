// @ts-check
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./data-dir-lock.mjs";
import { IN_MEMORY } from "./database-config.mjs";
import { dropRowArrayParsers } from "./pglite-parsers.mjs";

/**
 * The one PGlite instance of this process.
 *
 * Kept on globalThis because the start-up script and Next's server bundle each
 * load their own copy of this module, yet must share one instance: opening a
 * data directory twice in one process corrupts it just as two processes do.
 *
 * @typedef {{ dir: string, db: PGlite, release: () => void }} OpenPglite
 */
const KEY = Symbol.for("warrant.pglite");

/** @returns {{ [KEY]?: OpenPglite }} */
function slot() {
  return /** @type {{ [KEY]?: OpenPglite }} */ (/** @type {unknown} */ (globalThis));
}

/**
 * Returns this process's PGlite for `dir`, opening it (and locking the
 * directory) on first use. Queries wait for it to be ready. Throws when the
 * directory is locked by another process, or when a different directory is
 * already open in this process.
 *
 * @param {string} dir a directory path, or "memory://"
 * @returns {PGlite}
 */
export function openPglite(dir) {
  const open = slot()[KEY];
  if (open) {
    if (open.dir !== dir) throw new Error(`PGlite is already open on ${open.dir}; cannot also open ${dir}`);
    return open.db;
  }
  let release = () => {};
  if (dir !== IN_MEMORY) {
    release = lockDataDir(dir);
    fs.mkdirSync(dir, { recursive: true });
  }
  const db = new PGlite(dir);
  // Failing, it leaves the parsers as they were: slower queries, the same results.
  dropRowArrayParsers(db).catch(() => {});
  slot()[KEY] = { dir, db, release };
  return db;
}

/** Closes this process's PGlite, if open, and releases its directory lock. */
export async function closePglite() {
  const open = slot()[KEY];
  if (!open) return;
  delete slot()[KEY];
  try {
    if (!open.db.closed) await open.db.close();
  } finally {
    open.release();
  }
}
