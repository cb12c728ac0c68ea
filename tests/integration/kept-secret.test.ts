import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveServerEnv } from "../../scripts/start/server-env.mjs";

describe("the secret kept in the data directory", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "warrant-secret-")), ".data");
  });
  afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it("is private to its owner, in a directory private to its owner, and the same at every start", () => {
    const first = resolveServerEnv({}, dataDir).secret;
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dataDir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(resolveServerEnv({}, dataDir).secret).toBe(first);
    expect(fs.readdirSync(dataDir)).toEqual(["auth-secret"]);
  });

  it("makes a data directory left readable by others private again", () => {
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    resolveServerEnv({}, dataDir);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it("is one complete secret for processes starting at the same moment", async () => {
    const at = Date.now() + 1_500;
    const secrets = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<string>((resolve) => {
            const child = spawn(process.execPath, ["tests/support/secret-contender.mjs", dataDir], {
              env: { ...process.env, LOCK_CONTENDER_AT: String(at) },
            });
            let out = "";
            child.stdout.on("data", (chunk) => (out += chunk));
            child.stderr.on("data", (chunk) => (out += chunk));
            child.on("exit", () => resolve(out.trim()));
          }),
      ),
    );
    expect(new Set(secrets).size).toBe(1);
    expect(JSON.parse(secrets[0]!)).toMatch(/^[\w-]{40,}$/);
  });
});
