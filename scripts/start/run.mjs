// @ts-check
import { spawn } from "node:child_process";

/**
 * Runs a command with inherited output; resolves when it exits with 0 and
 * rejects with one line naming the command otherwise.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
export function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(undefined);
      else reject(new Error(`${args.slice(0, 2).join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
