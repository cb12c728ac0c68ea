// @ts-check
// A worker thread holding many live streams for bench:realtime, so that
// reading them does not slow down the thread that makes the changes.
import { parentPort, workerData } from "node:worker_threads";
import { readSseBlocks } from "./sse-blocks.mjs";

/** @type {{ urls: string[], cookies: string[] }} */
const { urls, cookies } = workerData;
/** @type {number[]} */
const latencies = [];
const controllers = [];
let opened = 0;
let failed = 0;

/** Reads one stream; records, for each annotation frame, how long after its change it arrived. */
async function read(/** @type {string} */ url, /** @type {string} */ cookie) {
  const controller = new AbortController();
  controllers.push(controller);
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  if (response.status !== 200) throw new Error(`stream refused: ${response.status}`);
  opened += 1;
  await readSseBlocks(response, (block) => {
    if (!block.includes("event: annotation\n")) return;
    // The annotation's own createdAt; the frame's other fields are not needed here.
    const at = block.indexOf('"createdAt":"');
    if (at >= 0) latencies.push(Date.now() - Date.parse(block.slice(at + 13, block.indexOf('"', at + 13))));
  });
}

parentPort?.on("message", (message) => {
  if (message === "report") parentPort?.postMessage({ latencies, opened, failed });
  if (message === "close") {
    for (const controller of controllers) controller.abort();
    parentPort?.postMessage({ closed: true });
  }
});

for (const [i, cookie] of cookies.entries()) {
  read(urls[i % urls.length], cookie).catch((error) => {
    if (error.name !== "AbortError") failed += 1;
  });
  // A few at a time, as a class arrives, rather than all in one instant.
  if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 200));
}
parentPort?.postMessage({ ready: true });
