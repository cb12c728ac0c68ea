// @ts-check
import fs from "node:fs";
import path from "node:path";

// DBState from PostgreSQL's pg_control.h; the field has sat at byte 16 of
// global/pg_control (after system_identifier, pg_control_version and
// catalog_version_no) in every release, PGlite's included.
const STATES = [
  "starting up",
  "shut down",
  "shut down in recovery",
  "shutting down",
  "in crash recovery",
  "in archive recovery",
  "in production",
];

/**
 * The cluster state recorded in a data directory: "shut down" after a clean
 * close, "in production" when the process died with the database open.
 *
 * @param {string} dataDir
 */
export function pgControlState(dataDir) {
  const control = fs.readFileSync(path.join(dataDir, "global", "pg_control"));
  return STATES[control.readInt32LE(16)] ?? "unknown";
}
