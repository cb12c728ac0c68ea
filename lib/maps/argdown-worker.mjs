// @ts-check
// The server's Argdown thread (started by read-argdown-in-worker.ts): reads
// one Argdown source with readArgdown and posts back its plain answer
// ({ model } or { error }), or { failed } with the message of an exception,
// which is a bug. Plain JavaScript, so that Node runs it as it is under
// Vitest and scripts; in a production build Turbopack builds it as a
// worker-thread entry of its own, as it does layout-worker.mjs.
import { parentPort } from "node:worker_threads";
import { readArgdown } from "../argument/formats/argdown-read.mjs";

parentPort?.on("message", (/** @type {string} */ source) => {
  try {
    parentPort?.postMessage({ read: readArgdown(source) });
  } catch (error) {
    parentPort?.postMessage({ failed: error instanceof Error ? error.message : String(error) });
  }
});
