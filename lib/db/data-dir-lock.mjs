// @ts-check
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

/**
 * An exclusive, cross-process lock on an embedded PGlite data directory.
 *
 * PGlite is single-process: two processes writing one data directory corrupt
 * it beyond repair, so whoever opens the directory first holds `<dir>.lock`
 * until it exits. Child processes it starts (the Prisma CLI during start-up
 * migrations) inherit the lock through WARRANT_DATA_DIR_LOCK; anyone else is
 * refused with a DataDirInUseError.
 */

const TOKEN_ENV = "WARRANT_DATA_DIR_LOCK";

export class DataDirInUseError extends Error {
  /** @param {string} dir @param {number} pid */
  constructor(dir, pid) {
    super(
      `The data directory ${dir} is in use by process ${pid} (another Warrant server?). ` +
        `Stop that process first, or set PGLITE_DIR to another directory.`,
    );
    this.name = "DataDirInUseError";
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
}

/** @param {string} file @returns {{ pid: number, token: string } | null} */
function readLock(file) {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    return typeof parsed.pid === "number" && typeof parsed.token === "string" ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock on `dir`, or confirms this process (or the parent that
 * started it) already holds it. Returns a release function, which is a no-op
 * when the lock was inherited. Throws DataDirInUseError when a live process
 * holds it; a lock left by a dead process is taken over.
 *
 * @param {string} dir
 * @returns {() => void}
 */
export function lockDataDir(dir) {
  const file = `${dir}.lock`;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    const held = readLock(file);
    if (held && isAlive(held.pid)) {
      if (held.pid === process.pid || held.token === process.env[TOKEN_ENV]) return () => {};
      throw new DataDirInUseError(dir, held.pid);
    }
    if (held || fs.existsSync(file)) fs.rmSync(file, { force: true });
    const token = crypto.randomUUID();
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, token }), { flag: "wx" });
    } catch (error) {
      // Someone else created it between our read and write: look again.
      if (/** @type {NodeJS.ErrnoException} */ (error).code === "EEXIST") continue;
      throw error;
    }
    process.env[TOKEN_ENV] = token;
    const release = () => {
      if (readLock(file)?.token === token) fs.rmSync(file, { force: true });
    };
    process.once("exit", release);
    return release;
  }
  throw new Error(`Could not take the lock ${file}; is another process starting at the same time?`);
}
