import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import { E2E_PGLITE_DIR } from "../../playwright.config";
import { pgControlState } from "../support/pg-control-state.mjs";
import { signInNewAccount } from "../../scripts/bench/sign-in-account.mjs";
import { closePglite, openPglite } from "../../lib/db/pglite-instance.mjs";

// These start real servers next to the one Playwright started; they reuse its
// build. Each migrates a fresh database (12–17 s for the Prisma CLI here).
test.describe.configure({ timeout: 180_000 });

const started: ChildProcess[] = [];
test.afterEach(() => {
  // A failed assertion must not leave a server holding its data directory.
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

/** A new account's live stream of the sample on `base`, read until it said hello (its presence row written). */
async function openLiveStream(base: string) {
  const cookie = await signInNewAccount(base, "Leaver");
  const library = (await (await fetch(`${base}/api/documents`, { headers: { cookie } })).json()) as {
    documents: { id: string }[];
  };
  const response = await fetch(`${base}/api/documents/${library.documents[0]!.id}/events?since=0`, {
    headers: { cookie },
  });
  const reader = response.body!.getReader();
  for (let text = ""; !text.includes("event: hello");) text += new TextDecoder().decode((await reader.read()).value);
  return reader;
}

/** How many readers the closed embedded database in `dir` still counts. */
async function presenceRows(dir: string): Promise<number> {
  try {
    const result = await openPglite(dir).query<{ n: number }>(`select count(*)::int as n from "Presence"`);
    return result.rows[0]!.n;
  } finally {
    await closePglite();
  }
}

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Whether another process could take the data directory's lock now. */
async function lockIsFree(dir: string) {
  const contender = spawn(process.execPath, ["tests/support/lock-contender.mjs", dir, "0"], {
    env: { ...process.env, WARRANT_DATA_DIR_LOCK: "" },
  });
  let output = "";
  contender.stdout.on("data", (chunk) => (output += chunk));
  await new Promise((resolve) => contender.on("exit", resolve));
  return output.trim() === "locked";
}

async function waitForOutput(server: { output: () => string; child: ChildProcess }, pattern: RegExp) {
  await expect.poll(server.output, { timeout: 120_000 }).toMatch(pattern);
}

test("a second server on the same data directory refuses to start", async () => {
  const second = startServer({ PGLITE_DIR: E2E_PGLITE_DIR, PORT: "3197" });
  expect(await second.exited).toBe(1);
  expect(second.output().trim()).toMatch(
    /^Warrant cannot start: The data directory .*e2e-pglite is in use by process \d+ \(another Warrant server\?\)/,
  );
});

test("SIGTERM and SIGINT close the embedded database cleanly, after the cut live streams' readers have left", async () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const dir = path.resolve(`tests/.tmp/start-up-${signal}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const port = signal === "SIGTERM" ? "3198" : "3199";
    const server = startServer({ PGLITE_DIR: dir, PORT: port });
    await waitForOutput(server, /Warrant is ready/);
    expect(fs.existsSync(`${dir}.lock`)).toBe(true);
    expect(pgControlState(dir)).toBe("in production");
    const stream = await openLiveStream(`http://127.0.0.1:${port}`);

    server.child.kill(signal);
    expect(await server.exited).toBe(0);
    await stream.cancel().catch(() => {});
    expect(server.output()).toContain(`${signal}: closing the database and stopping.`);
    expect(pgControlState(dir)).toBe("shut down");
    expect(await lockIsFree(dir)).toBe(true);
    // The stream's "reader left" was written before the database closed: no one is still reading.
    expect(await presenceRows(dir)).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a signal during start-up, before the server is ready, still closes the embedded database", async () => {
  const dir = path.resolve("tests/.tmp/start-up-interrupted");
  fs.rmSync(dir, { recursive: true, force: true });
  const first = startServer({ PGLITE_DIR: dir, PORT: "3195" });
  await waitForOutput(first, /Warrant is ready/);
  first.child.kill("SIGTERM");
  expect(await first.exited).toBe(0);

  for (const signal of ["SIGINT", "SIGHUP"] as const) {
    const second = startServer({ PGLITE_DIR: dir, PORT: "3195" });
    // The database is open (checked for migrations) while Next prepares; stop it then.
    await expect.poll(() => pgControlState(dir), { timeout: 60_000, intervals: [20] }).toBe("in production");
    expect(second.output()).not.toContain("Warrant is ready");
    second.child.kill(signal);
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toContain("Warrant is ready");
    expect(pgControlState(dir)).toBe("shut down");
    expect(await lockIsFree(dir)).toBe(true);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a second start on the same data reuses it without migrating or seeding again", async () => {
  const dir = path.resolve("tests/.tmp/start-up-restart");
  fs.rmSync(dir, { recursive: true, force: true });
  const first = startServer({ PGLITE_DIR: dir, PORT: "3196" });
  await waitForOutput(first, /Warrant is ready/);
  expect(first.output()).toMatch(/Applying \d+ database migration/);
  expect(first.output()).toContain("Seeded the sample article.");
  first.child.kill("SIGTERM");
  expect(await first.exited).toBe(0);

  const second = startServer({ PGLITE_DIR: dir, PORT: "3196" });
  await waitForOutput(second, /Warrant is ready/);
  expect(second.output()).not.toMatch(/migration|Seeded|Building/);
  second.child.kill("SIGTERM");
  expect(await second.exited).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
