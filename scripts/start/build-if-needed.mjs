// @ts-check
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { run } from "./run.mjs";

const INPUTS = [
  "app",
  "lib",
  "public",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "proxy.ts",
  "next.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = ".next/warrant-build-stamp";

/** @param {string} entry @param {crypto.Hash} hash */
function hashInto(entry, hash) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const child of fs.readdirSync(entry).sort()) hashInto(path.join(entry, child), hash);
  } else {
    hash.update(entry).update("\0").update(fs.readFileSync(entry)).update("\0");
  }
}

/** A digest of everything a production build depends on. */
export function sourceDigest() {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) hashInto(input, hash);
  return hash.digest("hex");
}

/**
 * Runs `next build` unless the last build was made from exactly these sources,
 * so a second `npm start` starts in seconds.
 *
 * @param {NodeJS.ProcessEnv} env
 */
export async function buildIfNeeded(env) {
  const digest = sourceDigest();
  const built = fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === digest;
  if (built) return false;
  console.log("Building Warrant (first start or changed sources; this takes a minute or two)…");
  await run(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], env, { interruptible: true });
  fs.writeFileSync(STAMP, digest);
  return true;
}
