import path from "node:path";
import { Worker } from "node:worker_threads";
import { boxesOf, elkGraphOf, type MapLayout } from "@/lib/argument/layout-map";
import { layoutSize } from "@/lib/argument/layout-size";
import { InvalidInputError, TooManyRequestsError } from "@/lib/errors";
import type { MapGraph } from "@/lib/validation/argument-map";

// ELK lays a map out synchronously: on the request's thread a tangled map
// froze the whole server (500 statements tied by 1,000 random five-premise
// arguments: 80 s). So the server lays maps out in a worker thread, which
// is terminated when it runs past its time, and refuses up front a map
// whose layered size (layout-size.ts) is beyond what ELK lays out in that
// time. Timed on the 2-core machine (busy, so every figure is high):
//
//   map (statements / arguments × premises)   layered size   ELK
//   generated 1,000 (a forest of reasons)            3,567     7 s
//   generated 5,000                                  16,177    19 s
//   random 50 / 100 × 5                              15,236    16 s
//   random 100 / 200 × 5                             59,528    32 s
//   random 200 / 400 × 5                            234,104    60 s
//   random 300 / 600 × 5                            517,752    86 s
//
// An idle machine is several times faster (bench:map: 0.35 s for 1,000
// generated statements), which the time limit leaves room for.

/** The most layered size (boxes plus dummy nodes) drawn: the largest map the schema allows, shaped like an argument. */
export const MAX_LAYERED_SIZE = 20_000;

/** How long one layout may run before it is stopped. */
export const LAYOUT_TIME_LIMIT_MS = 20_000;

/** Layouts at once: one per core, so that drawing maps cannot take every core from the requests. */
const MAX_CONCURRENT_LAYOUTS = 2;

// A path from the project folder, which `npm start` and the tests run in;
// a production build rewrites it to the worker entry it builds (see
// layout-worker.mjs). Keep it in this form: Turbopack recognises it.
const WORKER_FILE = path.join(process.cwd(), "lib", "maps", "layout-worker.mjs");

let running = 0;

const FORMATS_WITHOUT_DRAWING = "AIF, Argdown, GraphML, DOT or Markdown";

function tooLarge(detail: string): InvalidInputError {
  return new InvalidInputError(
    "format",
    `This map is too large to draw as SVG or PNG (${detail}). Export it as ${FORMATS_WITHOUT_DRAWING}, which need no drawing.`,
  );
}

/**
 * Lays `graph` out as layoutMap does, in a worker thread: the request's
 * event loop stays free. Throws InvalidInputError (the map is too large to
 * draw, with the formats that still export it) when its layered size is
 * over MAX_LAYERED_SIZE — before any layout — or when the layout runs past
 * `timeLimitMs` (the worker is then terminated), and TooManyRequestsError
 * while MAX_CONCURRENT_LAYOUTS other layouts run.
 */
export async function layoutMapInWorker(
  graph: MapGraph,
  { timeLimitMs = LAYOUT_TIME_LIMIT_MS }: { timeLimitMs?: number } = {},
): Promise<MapLayout> {
  const size = layoutSize(graph);
  if (size.layered > MAX_LAYERED_SIZE) {
    const count = (n: number) => n.toLocaleString("en");
    throw tooLarge(
      `its ${count(size.boxes)} boxes and ${count(size.edges)} links make ${count(size.layered)} layout nodes; at most ${count(MAX_LAYERED_SIZE)} can be drawn`,
    );
  }
  if (running >= MAX_CONCURRENT_LAYOUTS) {
    throw new TooManyRequestsError("The server is drawing other maps; try again in a few seconds", 5);
  }
  running += 1;
  const worker = new Worker(WORKER_FILE);
  try {
    const laid = await new Promise<Parameters<typeof boxesOf>[0]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(tooLarge(`its layout took longer than ${Math.round(timeLimitMs / 1000)} s`)),
        timeLimitMs,
      );
      worker.once("message", (message: { laid?: Parameters<typeof boxesOf>[0]; error?: string }) => {
        clearTimeout(timer);
        if (message.laid) resolve(message.laid);
        else reject(new Error(`The map layout failed: ${message.error}`));
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.postMessage(elkGraphOf(graph));
    });
    return boxesOf(laid);
  } finally {
    running -= 1;
    void worker.terminate();
  }
}
