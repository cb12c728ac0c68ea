// @ts-check
import { spawn } from "node:child_process";

/** Children running now, and whether a stop may interrupt them. */
const running = new Map(/** @type {[import("node:child_process").ChildProcess, boolean][]} */ ([]));
/** Set by stopChildren: a start-up being stopped must not start anything more. */
let stopped = false;

/**
 * Runs a command with inherited output; resolves when it exits with 0 and
 * rejects with one line naming the command otherwise. An `interruptible`
 * child (a build) is ended by stopChildren(); any other (a migration, which
 * holds the database) is waited for.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {{ interruptible?: boolean }} [options]
 */
export function run(command, args, env, { interruptible = false } = {}) {
  return new Promise((resolve, reject) => {
    if (stopped) return reject(new Error("stopping"));
    const child = spawn(command, args, { stdio: "inherit", env });
    running.set(child, interruptible);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (code === 0) resolve(undefined);
      else reject(new Error(`${args.slice(0, 2).join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * Ends interruptible children and waits for the others, each for at most
 * `boundMs` before it is killed.
 *
 * @param {number} boundMs
 */
export async function stopChildren(boundMs) {
  stopped = true;
  await Promise.all(
    [...running].map(async ([child, interruptible]) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (interruptible) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), boundMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}
