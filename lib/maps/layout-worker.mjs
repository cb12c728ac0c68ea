// @ts-check
// The server's map layout thread (started by layout-in-worker.ts): ELK's
// layered layout of one graph, already in ELK's form (elkGraphOf), posted
// back as ELK returns it. Plain JavaScript, so that Node runs it as it is
// under Vitest and scripts; in a production build Turbopack (Next ≥ 16.2)
// recognises the `new Worker(path.join(process.cwd(), …))` that starts it
// and builds it as a worker-thread entry of its own, next to the route's
// chunks (checked: .next/server/chunks/[worker thread]-lib_maps_layout-worker_mjs_….js
// lays a graph out when started on its own).
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
