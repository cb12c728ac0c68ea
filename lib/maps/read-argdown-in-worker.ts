import path from "node:path";
import { Worker } from "node:worker_threads";
import { argdownMapOf } from "@/lib/argument/formats/argdown-import";
import { ArgdownImportError } from "@/lib/argument/formats/argdown-import-error";
import type { ArgdownRead } from "@/lib/argument/formats/argdown-parse";
import { TooManyRequestsError } from "@/lib/errors";
import type { MapGraph } from "@/lib/validation/argument-map";

// @argdown/core's lexer rescans to the end of the line, or of the whole
// file, from every "{", "[", "<", "/*" or "<!--" that is never closed: on
// the request's thread one such file of a few hundred KB froze the server
// for minutes (100,000 "{" ≈ 40 s, and four times that for twice as many).
// So the server reads Argdown in a worker thread, terminated when it runs
// past its time. Timed here: Warrant's export of the largest map it holds
// (5,000 statements, 1.9 MB) reads in 1.2 s on an idle machine, the time
// limit leaves room for a busy one.

/** How long reading one Argdown file may take before it is stopped. */
export const ARGDOWN_READ_TIME_LIMIT_MS = 8_000;

/** Reads at once: one per core, so that imports cannot take every core from the requests. */
const MAX_CONCURRENT_READS = 2;

// A path from the project folder, which `npm start` and the tests run in;
// a production build rewrites it to the worker entry it builds (see
// layout-worker.mjs). Keep it in this form: Turbopack recognises it.
const WORKER_FILE = path.join(process.cwd(), "lib", "maps", "argdown-worker.mjs");

let running = 0;

type Answer = { read: ArgdownRead } | { failed: string };

/**
 * readArgdownMap's answer for `source`, read in a worker thread: the
 * request's event loop stays free. Throws ArgdownImportError for what
 * readArgdownMap refuses, and when the read runs past `timeLimitMs` (the
 * worker is then terminated: the file is too complex to read), and
 * TooManyRequestsError while MAX_CONCURRENT_READS other reads run.
 */
export async function readArgdownMapInWorker(
  source: string,
  { timeLimitMs = ARGDOWN_READ_TIME_LIMIT_MS }: { timeLimitMs?: number } = {},
): Promise<{ graph: MapGraph; title: string | null }> {
  if (running >= MAX_CONCURRENT_READS) {
    throw new TooManyRequestsError("The server is reading other Argdown files; try again in a few seconds", 5);
  }
  running += 1;
  const worker = new Worker(WORKER_FILE);
  try {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => {
        const reason =
          `this file is too complex to read: Argdown took longer than ${Math.round(timeLimitMs / 1000)} s over it. ` +
          `A "{", "[", "<", "/*" or "<!--" that is never closed makes Argdown read the rest of its line, or of the file, again; ` +
          `close it, or write "\\{", "\\[", "\\<" for the character itself`;
        reject(new ArgdownImportError(reason));
      }, timeLimitMs);
      worker.once("message", (message: Answer) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.postMessage(source);
    });
    if ("failed" in answer) throw new Error(`Reading the Argdown failed: ${answer.failed}`);
    return argdownMapOf(answer.read);
  } finally {
    running -= 1;
    void worker.terminate();
  }
}
