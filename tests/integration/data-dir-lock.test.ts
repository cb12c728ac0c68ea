import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const CONTENDER = path.resolve("tests/support/lock-contender.mjs");

/**
 * Starts a process that tries to lock `dir` and, if it gets it, holds it for
 * `holdMs` (see lock-contender.mjs). `said` resolves with its first line:
 * "locked", "inherited", or the error's name.
 */
function contender(dir: string, holdMs: number, mode?: "claim-own-pid" | "spawn-child", at = 0) {
  const child = spawn(process.execPath, [CONTENDER, dir, String(holdMs), ...(mode ? [mode] : [])], {
    env: { ...process.env, WARRANT_DATA_DIR_LOCK: "", LOCK_CONTENDER_AT: String(at) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const said = new Promise<string>((resolve) => {
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(out.trim());
    });
    child.on("exit", () => resolve(out.trim()));
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return { said, exited, child };
}

describe("the data-directory lock", () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "warrant-lock-")), "pglite");
  });
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it("refuses a second process while the first holds it, and lets the next one in once the holder is killed", async () => {
    const first = contender(dir, 30_000);
    expect(await first.said).toBe("locked");
    expect(await contender(dir, 0).said).toBe("DataDirInUseError");
    first.child.kill("SIGKILL");
    await first.exited;
    const next = contender(dir, 0);
    expect(await next.said).toBe("locked");
  });

  it("is not fooled by a lock file naming a live process that does not hold the lock (a PID reused after a reboot)", async () => {
    // This test's own process is alive and is not holding anything.
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, token: "from before the reboot" }));
    expect(await contender(dir, 0).said).toBe("locked");
  });

  it("refuses a process whose PID is the one the lock file names, when another holds the lock (two containers both PID 1)", async () => {
    const holder = contender(dir, 30_000);
    expect(await holder.said).toBe("locked");
    // The second process finds its own PID in the file, as a second container's PID 1 would.
    const output = await contender(dir, 0, "claim-own-pid").said;
    expect(output).toBe("DataDirInUseError");
    holder.child.kill("SIGKILL");
    await holder.exited;
  });

  it("lets exactly one of many processes starting at once take over a lock left by a dead one", async () => {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, token: "dead" }));
    const at = Date.now() + 1_500;
    const contenders = Array.from({ length: 8 }, () => contender(dir, 3_000, undefined, at));
    const results = await Promise.all(contenders.map((c) => c.said));
    expect(results.filter((r) => r === "locked")).toHaveLength(1);
    expect(results.filter((r) => r === "DataDirInUseError")).toHaveLength(7);
    for (const c of contenders) c.child.kill("SIGKILL");
    await Promise.all(contenders.map((c) => c.exited));
  });

  it("lets a child that inherited the holder's token open the directory", async () => {
    expect(await contender(dir, 0, "spawn-child").said).toBe("inherited");
  });
});
