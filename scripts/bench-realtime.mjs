// @ts-check
// `npm run bench:realtime`: the live layer under load, on a production build.
//  (a) READERS (300) live streams of the sample article, as as many signed-in
//      accounts; RATE (50) changes a second for SECONDS (10) made through the
//      API (annotations shared with everyone). Latency from each change's
//      transaction (its row's created time, taken when the transaction starts,
//      so a little before the commit) to each reader's receipt: p50, p95
//      (target < 250 ms), p99 (target < 500 ms); every frame counted.
//  (b) server memory per open stream (RSS before and after the streams open).
//  (c) a reader that missed 1,000 changes reconnects with its last event id:
//      time until it holds all of them (target < 1 s).
// `npm run bench:realtime -- --instances 2` runs (a) against two instances on
// one throwaway PostgreSQL server, readers split between them, changes made
// through the first.
import { Worker } from "node:worker_threads";
import fs from "node:fs";
import os from "node:os";
import { signInNewAccount } from "./bench/sign-in-account.mjs";
import { startInstances } from "./bench/instances.mjs";
import { quantile } from "./bench/quantile.mjs";
import { option } from "./bench/option.mjs";
import { startBenchServer } from "./bench/bench-server.mjs";
import { readSseBlocks } from "./bench/sse-blocks.mjs";

const READERS = Number(process.env.READERS ?? 300);
const RATE = Number(process.env.RATE ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 10);
const CATCH_UP = 1_000;
const instances = Number(option("instances", "1"));
const PHRASE = "knows who the boss is";

/** @param {number} pid */
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

/**
 * Holds a live stream and records, for each annotation frame, how long after
 * the change it arrived. Returns a handle to close it.
 */
function hold(
  /** @type {string} */ url,
  /** @type {string} */ cookie,
  /** @type {(id: string, ms: number) => void} */ onAnnotation,
) {
  const controller = new AbortController();
  let lastId = "";
  let failed = false;
  const done = (async () => {
    const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
    if (response.status !== 200) throw new Error(`stream refused: ${response.status}`);
    await readSseBlocks(response, (block) => {
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      if (id) lastId = id;
      if (!block.includes("event: annotation\n")) return;
      const frame = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "{}");
      onAnnotation(frame.annotation.id, Date.now() - Date.parse(frame.annotation.createdAt));
    });
  })().catch((error) => {
    if (error.name !== "AbortError") {
      failed = true;
      console.error(`a stream failed: ${error.cause?.code ?? error.message}`);
    }
  });
  return { close: () => controller.abort(), done, lastId: () => lastId, failed: () => failed };
}

async function main() {
  const single = instances === 1 ? await startBenchServer({ name: "realtime", port: 3159 }) : null;
  const many = instances > 1 ? await startInstances(instances, 3160) : null;
  const urls = single ? [single.baseURL] : /** @type {string[]} */ (many?.urls);
  const pids = single ? [/** @type {number} */ (single.pid)] : /** @type {number[]} */ (many?.pids);
  const writerBase = urls[0];
  const writer = await signInNewAccount(writerBase, "Reader 0");
  const library = await (await fetch(`${writerBase}/api/documents`, { headers: { cookie: writer } })).json();
  const sample = library.documents.find((/** @type {{ role: string }} */ d) => d.role !== "owner");
  const { document } = await (
    await fetch(`${writerBase}/api/documents/${sample.id}`, { headers: { cookie: writer } })
  ).json();
  const start = document.plainText.indexOf(PHRASE);
  const target = { exact: PHRASE, prefix: "", suffix: "", start, end: start + PHRASE.length };

  console.log(
    `${os.cpus().length} cores; ${instances} instance(s) on ${single ? "PGlite" : "PostgreSQL"}; signing in ${READERS} readers…`,
  );
  const cookies = [];
  for (let i = 1; i <= READERS; i++) cookies.push(await signInNewAccount(urls[i % urls.length], `Reader ${i}`));
  console.log("signed in");

  const rssBefore = pids.map(rssMb);
  console.log("opening the streams…");
  const readers = new Worker(new URL("./bench/stream-readers.mjs", import.meta.url), {
    workerData: {
      urls: cookies.map((_c, i) => `${urls[(i + 1) % urls.length]}/api/documents/${sample.id}/events`),
      cookies,
    },
  });
  /** @param {string} kind */
  const fromReaders = (kind) =>
    new Promise((resolve) => readers.on("message", (message) => kind in message && resolve(message)));
  await fromReaders("ready");
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const rssAfter = pids.map(rssMb);
  const ask = async () => {
    readers.postMessage("report");
    return /** @type {{ latencies: number[], opened: number, failed: number }} */ (await fromReaders("latencies"));
  };
  const opened = await ask();
  console.log(`${opened.opened} streams open, ${opened.failed} failed`);

  // (a) RATE changes a second for SECONDS, through the API.
  const total = RATE * SECONDS;
  const began = Date.now();
  const writes = [];
  for (let i = 0; i < total; i++) {
    const due = began + (i * 1000) / RATE;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    writes.push(
      fetch(`${writerBase}/api/documents/${sample.id}/annotations`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: writer },
        body: JSON.stringify({ kind: "claim", visibility: "everyone", comment: `change ${i}`, target }),
      }).then((response) => {
        if (response.status !== 201) throw new Error(`write failed: ${response.status}`);
      }),
    );
  }
  await Promise.all(writes);
  const wrote = (Date.now() - began) / 1000;
  const expected = total * READERS;
  const deadline = Date.now() + 30_000;
  let latencies = (await ask()).latencies;
  while (latencies.length < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    latencies = (await ask()).latencies;
  }
  console.log(`(a) ${total} changes in ${wrote.toFixed(1)} s (${(total / wrote).toFixed(1)}/s) to ${READERS} readers`);
  console.log(`    frames received ${latencies.length} of ${expected}`);
  console.log(
    `    latency p50 ${quantile(latencies, 0.5)} ms, p95 ${quantile(latencies, 0.95)} ms (< 250), p99 ${quantile(latencies, 0.99)} ms (< 500), max ${latencies.reduce((a, b) => Math.max(a, b), 0)} ms`,
  );
  const perStream = rssAfter.reduce((a, b) => a + b, 0) - rssBefore.reduce((a, b) => a + b, 0);
  console.log(
    `(b) server memory: ${rssBefore.map((m) => m.toFixed(0)).join("+")} MB → ${rssAfter.map((m) => m.toFixed(0)).join("+")} MB with ${READERS} streams, ${((perStream * 1024) / READERS).toFixed(0)} kB per stream`,
  );
  readers.postMessage("close");
  await fromReaders("closed");
  await readers.terminate();

  if (instances === 1) {
    // (c) A reader misses CATCH_UP changes, then comes back with its last event id.
    const late = cookies[0];
    /** @type {Set<string>} */
    const seen = new Set();
    const first = hold(`${writerBase}/api/documents/${sample.id}/events`, late, (id) => seen.add(id));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const lastId = first.lastId();
    first.close();
    const made = [];
    for (let i = 0; i < CATCH_UP; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          fetch(`${writerBase}/api/documents/${sample.id}/annotations`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: writer },
            body: JSON.stringify({ kind: "note", visibility: "everyone", comment: `missed ${i + j}`, target }),
          }).then((r) => r.json()),
        ),
      );
      made.push(...batch.map((body) => body.annotation.id));
    }
    seen.clear();
    const back = Date.now();
    const again = hold(`${writerBase}/api/documents/${sample.id}/events?since=${lastId}`, late, (id) => seen.add(id));
    while (made.some((id) => !seen.has(id)) && Date.now() - back < 30_000)
      await new Promise((resolve) => setTimeout(resolve, 5));
    console.log(
      `(c) from event ${lastId}: caught up on ${made.filter((id) => seen.has(id)).length} of ${made.length} missed changes in ${Date.now() - back} ms (< 1000)`,
    );
    again.close();
  }
  await (single ? single.stop() : many?.stop());
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
