// @ts-check
// The browser half of `npm run bench:anchor`, on the sample repeated 100 times
// (~1 MB of text) with 10,000 annotations spread over it:
//  (b) navigation → editor ready with every highlight drawn (target < 1.5 s)
//  (c) typing in that document: JavaScript time per keystroke, transaction +
//      decoration mapping, p95 (target < 8 ms)
//  and loading the 10,000 annotations from the database (target < 300 ms),
//  as the server measures it and as a client receives it.
// OVERLAPS=300 adds that many annotations on one sentence (a class on the
// key sentence, issue 12) and types in that sentence's paragraph.
import fs from "node:fs";
import os from "node:os";
import { median, startBenchServer } from "./bench/bench-server.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const ANNOTATIONS = 10_000;
const OVERLAPS = Number(process.env.OVERLAPS ?? 0);
const KEY_SENTENCE =
  "It is an operational recalibration of a patron-client relationship under intense structural strain.";
const KINDS = ["claim", "premise", "evidence", "objection", "question", "note"];
const sample = fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8");
const hundredfold = Array.from({ length: 100 }, () => sample).join("\n\n");

const bench = await startBenchServer({ name: "anchor", port: 3151 });
const { page } = bench;

const created = await page.request.post("/api/documents", {
  data: { title: "Sample ×100", format: "text", text: hundredfold },
});
const documentId = (await created.json()).document.id;
const { document } = await (await page.request.get(`/api/documents/${documentId}`)).json();
const text = document.plainText;

/** A W3C tagging annotation of text[start, end) as `kind`, with its quote and position selectors. */
function tagging(/** @type {number} */ start, /** @type {number} */ end, /** @type {string} */ kind) {
  return {
    type: "Annotation",
    motivation: "tagging",
    body: { type: "TextualBody", purpose: "classifying", value: kind },
    target: {
      source: `urn:bench:${documentId}`,
      selector: [
        {
          type: "TextQuoteSelector",
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
        },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}

// 10,000 passages of 20–200 characters, evenly spread, imported in W3C batches
// under the API's 1 MB body limit.
const items = [];
for (let i = 0; i < ANNOTATIONS; i++) {
  const start = Math.floor((i * (text.length - 250)) / ANNOTATIONS);
  items.push(tagging(start, start + 20 + ((i * 37) % 180), KINDS[i % KINDS.length]));
}
// The key sentence in the middle copy, and which of the paragraphs holding it that is;
// every third annotation on it leaves out its first word, as students select.
const keyAt = text.indexOf(KEY_SENTENCE, Math.floor(text.length / 2));
const keyParagraph = text.slice(0, keyAt).split(KEY_SENTENCE).length - 1;
for (let i = 0; i < OVERLAPS; i++) {
  items.push(tagging(keyAt + (i % 3 === 2 ? 6 : 0), keyAt + KEY_SENTENCE.length, KINDS[i % KINDS.length]));
}
for (let i = 0; i < items.length; i += 1500) {
  const response = await page.request.post(`/api/documents/${documentId}/annotations/import`, {
    data: { "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationPage", items: items.slice(i, i + 1500) },
  });
  if (response.status() !== 201) throw new Error(`import failed: ${await response.text()}`);
}

// From the database: the server's own figure (its Server-Timing header).
// Through the API: that plus the session check, JSON, compression and transfer.
const fromDatabase = [];
const throughApi = [];
for (let i = 0; i < RUNS + 1; i++) {
  const started = performance.now();
  const response = await page.request.get(`/api/documents/${documentId}/annotations`);
  const count = (await response.json()).annotations.length;
  if (count !== ANNOTATIONS + OVERLAPS) throw new Error(`expected ${ANNOTATIONS + OVERLAPS} annotations, got ${count}`);
  if (i === 0) continue; // the first run warms the caches
  throughApi.push(performance.now() - started);
  const timing = /dur=([\d.]+)/.exec(response.headers()["server-timing"] ?? "");
  if (!timing) throw new Error("the annotations list sent no Server-Timing header");
  fromDatabase.push(Number(timing[1]));
}

// Read by reader-editor.tsx: measure each edit's JavaScript time.
await page.addInitScript(() => Object.assign(globalThis, { warrantProfile: true }));
const drawn = [];
const keystrokes = [];
for (let i = 0; i < RUNS + 1; i++) {
  await page.goto(`/documents/${documentId}`, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("warrant:annotations-drawn").length > 0, null, {
    timeout: 120_000,
  });
  const at = await page.evaluate(() => performance.getEntriesByName("warrant:annotations-drawn")[0].startTime);
  // Overlaps share one span per stretch, which names the annotations over it (at most 8, never reached here).
  const highlights = await page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll(".ProseMirror [data-annotation-ids]")].flatMap((span) =>
          span.getAttribute("data-annotation-ids").split(" "),
        ),
      ).size,
  );
  if (highlights < ANNOTATIONS) throw new Error(`only ${highlights} highlights drawn`);
  if (i > 0) drawn.push(at); // the first run warms the caches

  const typedIn = OVERLAPS
    ? page.locator(".ProseMirror p", { hasText: KEY_SENTENCE }).nth(keyParagraph)
    : page.locator(".ProseMirror p").nth(40);
  await typedIn.click();
  await page.keyboard.type("typing in a long annotated document ", { delay: 20 });
  const times = await page.evaluate(() =>
    performance.getEntriesByName("warrant:transaction").map((entry) => entry.duration),
  );
  keystrokes.push(...times);
}
await bench.stop();

const sorted = [...keystrokes].sort((a, b) => a - b);
const p95 = sorted[Math.floor(sorted.length * 0.95)];
const row = (/** @type {string} */ what, /** @type {number} */ value, /** @type {string} */ target) =>
  console.log(`${what.padEnd(58)} ${value.toFixed(1).padStart(9)}   target ${target}`);
console.log(
  `\nbench:anchor (browser) — ${ANNOTATIONS} annotations on ${text.length} characters${OVERLAPS ? `, plus ${OVERLAPS} on one sentence (typed in its paragraph)` : ""}, medians of ${RUNS}, ${os.cpus().length} cores`,
);
row("(b) navigation → editor ready, all highlights drawn (ms)", median(drawn), "< 1500");
row("(c) JavaScript per keystroke, p95 (ms)", p95, "< 8");
row("    JavaScript per keystroke, median (ms)", median(keystrokes), "");
row("load 10,000 annotations from the database (ms)", median(fromDatabase), "< 300");
row("    the same through the API: + session, JSON, gzip, HTTP (ms)", median(throughApi), "");
