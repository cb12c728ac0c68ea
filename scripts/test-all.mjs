// @ts-check
// `npm test`: every check, in the order CI runs them — format, lint, types,
// unit, integration on PGlite, integration on a throwaway PostgreSQL server,
// end-to-end in Chromium. Stops at the first failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** @type {[string, string, string[]][]} */
const steps = [
  ["format", npm, ["run", "--silent", "format:check"]],
  ["lint", npm, ["run", "--silent", "lint"]],
  ["types", npm, ["run", "--silent", "typecheck"]],
  ["unit", npm, ["run", "--silent", "test:unit"]],
  ["integration (PGlite)", npm, ["run", "--silent", "test:integration"]],
  [
    "integration (PostgreSQL)",
    process.execPath,
    ["scripts/with-postgres.mjs", npm, "run", "--silent", "test:integration"],
  ],
  ["end-to-end (Chromium)", npm, ["run", "--silent", "test:e2e"]],
];

if (!fs.existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}: the end-to-end tests need it. Install Debian's with ` +
      "`sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// A DATABASE_URL from the user's shell must not point the PGlite run at their server.
delete env.DATABASE_URL;

let passed = 0;
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n${name} failed after ${seconds} s.`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed += 1;
  console.log(`--- ${name} passed in ${seconds} s`);
}
console.log(`\nsteps: ${passed} passed, 0 failed`);
