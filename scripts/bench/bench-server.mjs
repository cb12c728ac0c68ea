// @ts-check
import { spawn } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Runs `node scripts/start.mjs` with `env` added to this process's (under
 * BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile
 * the server under a benchmark's load) and resolves once it is ready, with
 * its pid and a stop() that waits for it to exit.
 *
 * @param {Record<string, string>} env
 */
export async function spawnWarrant(env) {
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...nodeArgs, "scripts/start.mjs"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // A benchmark that throws must not leave its server holding the data directory.
  process.on("exit", () => server.kill("SIGTERM"));
  await new Promise((resolve, reject) => {
    let output = "";
    server.stdout.on("data", (chunk) => {
      output += chunk;
      if (output.includes("Warrant is ready")) resolve(undefined);
    });
    server.on("exit", (code) => reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    pid: server.pid,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.on("exit", resolve));
    },
  };
}

/**
 * Starts a production Warrant server on a fresh embedded database for a
 * benchmark (building first if the sources changed), and a signed-in
 * headless Chromium page. Returns them with a stop() that closes both.
 *
 * @param {{ name: string, port: number }} options
 */
export async function startBenchServer({ name, port }) {
  const dir = `tests/.tmp/bench-${name}`;
  fs.rmSync(dir, { recursive: true, force: true });
  // Benchmarks load one account with thousands of writes a minute: the per-account write limits would refuse them.
  const server = await spawnWarrant({
    PGLITE_DIR: dir,
    PORT: String(port),
    DATABASE_URL: "",
    WARRANT_WRITE_LIMITS: "off",
  });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const baseURL = `http://localhost:${port}`;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const email = `bench-${Date.now()}@example.org`;
  const password = "benchmark passphrase";
  const created = await page.request.post("/api/users", { data: { name: "Bench", email, password } });
  if (!created.ok()) throw new Error(`sign-up failed: ${await created.text()}`);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/documents$/);

  return {
    browser,
    context,
    page,
    baseURL,
    pid: server.pid,
    async stop() {
      await browser.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
