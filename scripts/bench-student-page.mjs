// @ts-check
// `node scripts/bench-student-page.mjs`: where one student's browser spends
// its time opening the annotated sample (issue 12, bench:students). Seeds the
// class as bench:students does (1,500 annotations shared by 30 accounts) on a
// production server, then opens the reader RUNS (3) times in headless
// Chromium, each in a fresh context, with the DevTools protocol's sampling
// profiler on, until the page shows its text and highlights and then 1 s
// more (what the page does right after counts against its neighbours in a
// class). Prints, as medians of the runs: the renderer's main-thread time
// (Performance.getMetrics: script, layout, style), the page's own marks, and
// the profile's self time by script and by function (production code is
// minified: a function is named by its chunk, line and column too).
//
//   node scripts/bench-student-page.mjs [--runs 3] [--top 25] [--latency 100]
//
// Builds or starts the production server and runs Chromium: run it under `flock /tmp/e2e.lock`.
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { startClassServers } from "./bench/class-servers.mjs";
import { seedClass } from "./bench/seed-class.mjs";
import { option } from "./bench/option.mjs";
import { quantile } from "./bench/quantile.mjs";
import { readingDrawing } from "./bench/reading-drawing.mjs";

const RUNS = Number(option("runs", "3"));
const TOP = Number(option("top", "25"));
const PORT = Number(option("port", "3176"));
const AFTER_MS = 1_000;
/** A network's round trip to emulate (ms, each way half of it), as a student's school connection has; 0: loopback as it is. */
const LATENCY_MS = Number(option("latency", "0"));

/** As bench-students.mjs: how many annotations the highlights name once the text shows, else 0. */
function annotationsNamed() {
  const article = document.querySelector('[role="document"].article');
  if (!article || !article.textContent?.trim() || article.getBoundingClientRect().height === 0) return 0;
  const named = new Set();
  for (const stretch of article.querySelectorAll("[data-annotation-ids]"))
    for (const id of stretch.getAttribute("data-annotation-ids")?.split(" ") ?? []) named.add(id);
  return named.size;
}

/** @param {string} header @param {string} base */
function cookiesOf(header, base) {
  return header.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base.replace(/^http:/, "https:") };
  });
}

/** A script's short name: its path without the origin. @param {string} url */
const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, "") : "(native / GC / idle)");

/**
 * Self time (ms) by script and by function of a CDP profile.
 * @param {{ nodes: Array<{ id: number, children?: number[], callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number } }>, samples: number[], timeDeltas: number[] }} profile
 */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<string, number>} */
  const byScript = new Map();
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  /** @type {Map<number, number>} */
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (/** @type {number} */ id) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    return `${functionName || "(anonymous)"} ${url ? shortUrl(url) : "(native)"}:${lineNumber + 1}:${columnNumber + 1}`;
  };
  profile.samples.forEach((id, i) => {
    const name = byId.get(id).callFrame.functionName;
    if (name !== "(idle)" && name !== "(program)") {
      const seen = new Set();
      for (let at = id; at !== undefined; at = parentOf.get(at)) seen.add(keyOf(at));
      for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
  });
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    if (functionName === "(idle)" || functionName === "(program)") return;
    const script = url ? shortUrl(url) : `(${functionName || "anonymous"})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${functionName || "(anonymous)"} ${script}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  return { byScript, byFunction, inclusive };
}

/** @param {Map<string, number[]>} into @param {Map<string, number>} from */
function collect(into, from) {
  for (const [key, ms] of from) into.set(key, [...(into.get(key) ?? []), ms]);
}

/** @param {Map<string, number[]>} table @param {number} runs @param {number} top @param {string} title */
function print(table, runs, top, title) {
  console.log(`\n${title} (median of ${runs} runs, ms; absent in a run counts 0)`);
  const rows = [...table].map(([key, values]) => [
    key,
    quantile([...values, ...Array(runs - values.length).fill(0)], 0.5),
  ]);
  rows.sort((a, b) => Number(b[1]) - Number(a[1]));
  for (const [key, ms] of rows.slice(0, top)) console.log(`  ${Number(ms).toFixed(1).padStart(8)}  ${key}`);
}

async function main() {
  const dir = "tests/.tmp/bench-student-page";
  fs.rmSync(dir, { recursive: true, force: true });
  const servers = await startClassServers({ kind: "pglite", dir, instances: 1, port: PORT });
  const base = servers.bases[0];
  console.log("seeding the sample's class…");
  const seeded = await seedClass(base);
  const path = `/documents/${seeded.sampleId}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  /** @type {Map<string, number[]>} */
  const metrics = new Map();
  /** @type {Map<string, number[]>} */
  const scripts = new Map();
  /** @type {Map<string, number[]>} */
  const functions = new Map();
  /** @type {Map<string, number[]>} */
  const totals = new Map();
  try {
    // One uncounted page first: the server loads the route's code on its first request.
    for (let run = -1; run < RUNS; run++) {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
      await context.addCookies(cookiesOf(seeded.students[(run + 1) % seeded.students.length], base));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      if (LATENCY_MS > 0) {
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", {
          offline: false,
          latency: LATENCY_MS,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
      }
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
      const start = performance.now();
      await page.goto(path, { waitUntil: "commit" });
      let textAt = 0;
      let drawnAt = 0;
      let named = 0;
      for (;;) {
        named = await page.evaluate(annotationsNamed).catch(() => -1);
        if (named >= 0 && !textAt && (await page.locator('[role="document"].article').count()))
          textAt = performance.now();
        // The highlights shown, by the server's drawing or the editor's (a settled page has ~1,700 stretches).
        const stretches = (await page.evaluate(readingDrawing).catch(() => "")).split("#").length - 1;
        if (!drawnAt && stretches > 1_000) drawnAt = performance.now();
        if (named > 1_000) break;
        if (performance.now() - start > 30_000) throw new Error(`the highlights never showed (named ${named})`);
        await page.waitForTimeout(10);
      }
      const shownAt = performance.now();
      await page.waitForTimeout(AFTER_MS);
      const { profile } = await cdp.send("Profiler.stop");
      const { metrics: got } = await cdp.send("Performance.getMetrics");
      const marks = await page.evaluate(() =>
        performance
          .getEntriesByType("mark")
          .filter((mark) => mark.name.startsWith("warrant:"))
          .map((mark) => [mark.name, mark.startTime]),
      );
      const nav = await page.evaluate(() => {
        const entry = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType("navigation")[0]);
        return {
          responseEnd: entry.responseEnd,
          domContentLoaded: entry.domContentLoadedEventEnd,
          load: entry.loadEventEnd,
        };
      });
      await context.close();
      if (run < 0) continue;
      /** @type {Map<string, number>} */
      const row = new Map();
      for (const name of ["TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration"])
        row.set(`main thread: ${name}`, (got.find((m) => m.name === name)?.value ?? 0) * 1000);
      row.set("page: text shown (polled, from navigation start)", textAt - start);
      row.set("page: over 1,000 highlight stretches shown, prepainted or the editor's (polled)", drawnAt - start);
      row.set(`page: the editor's highlights naming ${named} shown (polled)`, shownAt - start);
      row.set("page: HTML response end", nav.responseEnd);
      row.set("page: DOMContentLoaded end", nav.domContentLoaded);
      row.set("page: load end", nav.load);
      for (const [name, at] of marks) row.set(`mark ${name}`, Number(at));
      collect(metrics, row);
      const { byScript, byFunction, inclusive } = selfTimes(profile);
      collect(totals, inclusive);
      collect(scripts, byScript);
      collect(functions, byFunction);
    }
  } finally {
    await browser.close();
    await servers.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  print(metrics, RUNS, 50, "Renderer main thread and the page's moments");
  print(scripts, RUNS, TOP, "Sampled self time by script");
  print(functions, RUNS, TOP, "Sampled self time by function");
  print(totals, RUNS, TOP * 2, "Sampled total time by function (itself and what it calls)");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
