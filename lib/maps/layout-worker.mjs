// @ts-check
// The server's map layout thread (started by layout-in-worker.ts): ELK's
// layered layout of one graph, already in ELK's form (elkGraphOf), posted
// back as ELK returns it. Plain JavaScript, loaded by path at run time, so
// that Next's bundler leaves it alone and it exists in a production build
// exactly as in the source tree; elkjs comes from node_modules.
import { parentPort } from "node:worker_threads";
import ELK from "elkjs/lib/elk.bundled.js";

const elk = new ELK();

parentPort?.on("message", async (/** @type {import("elkjs/lib/elk-api").ElkNode} */ graph) => {
  try {
    parentPort?.postMessage({ laid: await elk.layout(graph) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
