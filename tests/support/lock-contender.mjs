// @ts-check
// A process contending for a data-directory lock, for the data-directory lock tests.
// Usage: node lock-contender.mjs <dir> <hold ms> [claim-own-pid | spawn-child]
//   claim-own-pid: first write this process's PID into the lock file, as a
//                  second container's PID 1 would find its own PID there;
//   spawn-child:   after locking, start a child that tries the same lock
//                  with the inherited token, and print what it printed.
// LOCK_CONTENDER_AT (epoch ms): wait until then before trying.
// Prints "locked", "inherited", or the error's name.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { lockDataDir } from "../../lib/db/data-dir-lock.mjs";

const [dir, hold, mode] = process.argv.slice(2);
// Contenders meant to race wait for one agreed moment, so that they do race.
const at = Number(process.env.LOCK_CONTENDER_AT ?? 0);
while (Date.now() < at);
if (mode === "claim-own-pid") fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, token: "theirs" }));
try {
  lockDataDir(dir);
} catch (error) {
  console.log(/** @type {Error} */ (error).name);
  process.exit(0);
}
if (process.env.LOCK_CONTENDER_CHILD) {
  console.log("inherited");
  process.exit(0);
}
if (mode === "spawn-child") {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, "0"], {
    env: { ...process.env, LOCK_CONTENDER_CHILD: "1" },
    encoding: "utf8",
  });
  console.log(child.stdout.trim() || child.stderr.trim());
  process.exit(0);
}
console.log("locked");
setTimeout(() => process.exit(0), Number(hold));
