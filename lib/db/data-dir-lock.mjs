// @ts-check
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import fsx from "fs-native-extensions";

/**
 * An exclusive, cross-process lock on an embedded PGlite data directory.
 *
 * PGlite is single-process: two processes writing one data directory corrupt
 * it beyond repair, so whoever opens the directory first holds `<dir>.lock`
 * until it exits. The lock is the operating system's (flock on Unix,
 * LockFileEx on Windows), not a PID written in a file: the kernel releases it
 * when the holder dies however it dies, a PID reused after a reboot or another
 * container's PID 1 means nothing, and two processes taking over at once
 * cannot both win. The file is never deleted (a process could lock the old
 * file while another creates a new one); its text only names the holder for
 * the error message. Child processes it starts (the Prisma CLI during
 * start-up migrations) inherit the right to open the directory through
 * WARRANT_DATA_DIR_LOCK; anyone else is refused with a DataDirInUseError.
 */

const TOKEN_ENV = "WARRANT_DATA_DIR_LOCK";
/** Locks this process holds, by file: the start-up script and Next's bundle each load this module. */
const HELD = Symbol.for("warrant.dataDirLocks");

export class DataDirInUseError extends Error {
  /** @param {string} dir @param {number | null} pid */
  constructor(dir, pid) {
    super(
      `The data directory ${dir} is in use by ${pid ? `process ${pid}` : "another process"} (another Warrant server?). ` +
        `Stop that process first, or set PGLITE_DIR to another directory.`,
    );
    this.name = "DataDirInUseError";
  }
}

/** @returns {Map<string, { fd: number, token: string }>} */
function heldLocks() {
  const slot = /** @type {{ [HELD]?: Map<string, { fd: number, token: string }> }} */ (
    /** @type {unknown} */ (globalThis)
  );
  return (slot[HELD] ??= new Map());
}

/** @param {number} fd @returns {{ pid?: unknown, token?: unknown }} */
function readHolder(fd) {
  try {
    const { size } = fs.fstatSync(fd);
    const buffer = Buffer.alloc(Math.min(size, 1024));
    fs.readSync(fd, buffer, 0, buffer.length, 0);
    return JSON.parse(buffer.toString("utf8"));
  } catch {
    return {};
  }
}

/**
 * Takes the lock on `dir`, or confirms this process (or the parent that
 * started it) already holds it. Returns a release function, which is a no-op
 * when the lock was already held here or inherited. Throws DataDirInUseError
 * when another process holds it.
 *
 * @param {string} dir
 * @returns {() => void}
 */
export function lockDataDir(dir) {
  const file = path.resolve(`${dir}.lock`);
  const held = heldLocks();
  if (held.has(file)) return () => {};
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o600);
  if (!fsx.tryLock(fd)) {
    const holder = readHolder(fd);
    fs.closeSync(fd);
    // The holder is the process that started this one (its lock stays held while we run).
    if (typeof holder.token === "string" && holder.token === process.env[TOKEN_ENV]) return () => {};
    throw new DataDirInUseError(dir, typeof holder.pid === "number" ? holder.pid : null);
  }
  const token = crypto.randomUUID();
  fs.ftruncateSync(fd, 0);
  fs.writeSync(fd, JSON.stringify({ pid: process.pid, token }), 0);
  held.set(file, { fd, token });
  process.env[TOKEN_ENV] = token;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.delete(file);
    if (process.env[TOKEN_ENV] === token) delete process.env[TOKEN_ENV];
    // Closing the descriptor releases the lock; the kernel does the same if we die first.
    fs.closeSync(fd);
  };
}
