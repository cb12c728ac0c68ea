import { defineConfig, devices } from "@playwright/test";
import e2e from "../../playwright.config";

/**
 * Checks kept outside the test suites (`npm run check:map-layout`): the
 * end-to-end server and browser settings, run from the repository's root,
 * on `*.check.ts` files only, printing figures rather than a report. The
 * map is shown over a 4K window ("Full window"): a 400-statement map is tens
 * of thousands of pixels wide, more than a 1440 px window's map pane shows
 * even at the smallest zoom (0.02), and React Flow draws only the boxes in
 * view.
 */
export default defineConfig({
  ...e2e,
  testDir: ".",
  testMatch: /\.check\.ts$/,
  retries: 0,
  workers: 1,
  timeout: 600_000,
  reporter: [["list"]],
  projects: [{ name: "check", use: { ...devices["Desktop Chrome"], viewport: { width: 3840, height: 2160 } } }],
  webServer: { ...(e2e.webServer as object), cwd: process.cwd() } as typeof e2e.webServer,
});
