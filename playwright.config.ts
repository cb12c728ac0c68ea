import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's (sudo apt-get install chromium) or set CHROMIUM_PATH; ` +
      "`npx playwright install` cannot download browsers on this network.",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3107);
/** The end-to-end server's own embedded database, fresh for every run. */
export const E2E_PGLITE_DIR = "tests/.tmp/e2e-pglite";

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One browser at a time in CI: the server, the browser and the tests share
  // two cores there, and timing-sensitive flows (autosave) get starved.
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", testIgnore: /screenshot\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "screenshot", testMatch: /screenshot\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: `rm -rf ${E2E_PGLITE_DIR} && node scripts/start.mjs`,
    url: `http://localhost:${PORT}/signin`,
    // The first run builds the app: minutes on two cores.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(PORT), PGLITE_DIR: E2E_PGLITE_DIR, DATABASE_URL: "" },
  },
});
