// @ts-check
// `npm run bench:open`: how fast a document opens. Prints medians over RUNS
// runs on a production build in headless Chromium:
//  (a) navigation → editor ready for the sample article (target < 600 ms)
//  (b) the same for the sample repeated 100 times, ~100k words (target < 2.5 s)
//  (c) server-side import of the sample and of the 100× text (targets < 20 ms, < 400 ms)
//  and the reader page's first-load JavaScript, gzip (target < 300 kB).
import fs from "node:fs";
import os from "node:os";
import zlib from "node:zlib";
import { median, startBenchServer } from "./bench/bench-server.mjs";

const RUNS = Number(process.env.RUNS ?? 10);
const sample = fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8");
const hundredfold = Array.from({ length: 100 }, () => sample).join("\n\n");

const bench = await startBenchServer({ name: "open", port: 3150 });
const { page } = bench;

/** Imports `text` and returns the server's own import time from Server-Timing. */
async function importTime(/** @type {string} */ title, /** @type {string} */ text) {
  const response = await page.request.post("/api/documents", { data: { title, format: "text", text } });
  if (response.status() !== 201) throw new Error(`import failed: ${await response.text()}`);
  const timing = response.headers()["server-timing"] ?? "";
  const id = (await response.json()).document.id;
  return { id, ms: Number(/dur=([\d.]+)/.exec(timing)?.[1]) };
}

/** Milliseconds from navigation start to the reader's "editor ready" mark. */
async function openTime(/** @type {string} */ id, /** @type {import("@playwright/test").Page} */ target) {
  await target.goto(`/documents/${id}`, { waitUntil: "commit" });
  await target.waitForFunction(() => performance.getEntriesByName("warrant:editor-ready").length > 0, null, {
    timeout: 60_000,
  });
  return target.evaluate(() => performance.getEntriesByName("warrant:editor-ready")[0].startTime);
}

async function openTimes(/** @type {string} */ id) {
  await openTime(id, page); // warm the server's and the browser's caches
  const warm = [];
  const cold = [];
  for (let i = 0; i < RUNS; i++) warm.push(await openTime(id, page));
  for (let i = 0; i < RUNS; i++) {
    const context = await bench.browser.newContext({
      baseURL: bench.baseURL,
      storageState: await bench.context.storageState(),
    });
    cold.push(await openTime(id, await context.newPage()));
    await context.close();
  }
  return { warm: median(warm), cold: median(cold) };
}

const sampleImports = [];
const bigImports = [];
let sampleId = "";
let bigId = "";
for (let i = 0; i < RUNS; i++) {
  const small = await importTime("Sample", sample);
  const big = await importTime("Sample ×100", hundredfold);
  sampleImports.push(small.ms);
  bigImports.push(big.ms);
  sampleId = small.id;
  bigId = big.id;
}
const openSample = await openTimes(sampleId);
const openBig = await openTimes(bigId);
await bench.stop();

const stats = JSON.parse(fs.readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
const reader = stats.find((/** @type {{ route: string }} */ route) => route.route === "/documents/[id]");
const gzip = reader.firstLoadChunkPaths.reduce(
  (/** @type {number} */ sum, /** @type {string} */ file) => sum + zlib.gzipSync(fs.readFileSync(file)).length,
  0,
);

const row = (/** @type {string} */ what, /** @type {number} */ value, /** @type {string} */ target) =>
  console.log(`${what.padEnd(52)} ${value.toFixed(1).padStart(9)}   target ${target}`);
console.log(`\nbench:open — medians of ${RUNS} runs, ${os.cpus().length} cores, Node ${process.version}`);
row("(a) sample: navigation → editor ready, warm (ms)", openSample.warm, "< 600");
row("    sample: navigation → editor ready, cold cache (ms)", openSample.cold, "< 600");
row("(b) 100× sample: navigation → editor ready, warm (ms)", openBig.warm, "< 2500");
row("    100× sample: navigation → editor ready, cold (ms)", openBig.cold, "< 2500");
row("(c) server import, sample (ms)", median(sampleImports), "< 20");
row("    server import, 100× sample (ms)", median(bigImports), "< 400");
row("reader page first-load JavaScript, gzip (kB)", gzip / 1024, "< 300");
