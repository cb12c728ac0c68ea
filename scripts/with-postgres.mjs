#!/usr/bin/env node
// @ts-check
// Usage: node scripts/with-postgres.mjs <command> [args…]
// Runs <command> with DATABASE_URL pointing at a throwaway PostgreSQL cluster, then removes the cluster.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { findPostgresBinDir, startPostgresCluster } from "../tests/support/postgres-cluster.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-postgres.mjs <command> [args…]");
  process.exit(2);
}

if (!findPostgresBinDir()) {
  // CI must never silently skip the database tests; locally a missing server is just an inconvenience.
  if (process.env.CI === "true") {
    console.error(
      "with-postgres: no PostgreSQL server binaries found (CI=true, so failing): install postgresql or set PG_BIN",
    );
    process.exit(1);
  }
  console.log(
    "with-postgres: PostgreSQL run skipped: no server binaries found (apt-get install postgresql, or set PG_BIN)",
  );
  process.exit(0);
}

const log = (/** @type {string} */ line) => console.error(`with-postgres: ${line}`);
let cluster;
try {
  cluster = await startPostgresCluster({ log });
} catch (err) {
  log(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

const child = spawn(command, args, {
  stdio: "inherit",
  shell: false,
  env: { ...process.env, DATABASE_URL: cluster.url },
});
// Forward rather than die: the child gets to finish, then we still stop the cluster below.
for (const sig of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(sig, () => child.kill(sig));

/** @type {number} */
const code = await new Promise((resolve) => {
  child.on("error", (err) => {
    log(`could not run ${command}: ${err.message}`);
    resolve(127);
  });
  // Shell convention for a signal death: 128 + signal number.
  child.on("exit", (c, signal) => resolve(c ?? 128 + (signal ? constants.signals[signal] : 0)));
});

try {
  await cluster.stop();
} catch (err) {
  log(err instanceof Error ? err.message : String(err));
  process.exit(code || 1);
}
process.exit(code);
