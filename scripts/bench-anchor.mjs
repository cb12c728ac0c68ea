// @ts-check
// `npm run bench:anchor` (node scripts/bench-anchor.mjs): how fast annotations
// anchor in Node. The text is the sample article repeated 100 times (805 K
// code units, 2,897 blocks) with 10,000 annotations spread evenly over it
// (random 20–200 unit passages, selectors from describeRange). Prints medians
// of RUNS runs (default 7, each with its own annotations) after one untimed
// warm-up run:
//  (a) resolve all 10,000 anchors with the text unchanged (target < 50 ms),
//      and, for reference, the annotationDecorations plugin drawing them and
//      mapping them through one keystroke;
//  (d) re-anchor 1,000 of them (every tenth) by quote after a "re-import" that
//      changed two characters inside each of their passages: rebuild the
//      TextIndex of the new document, then anchor the old selectors, in
//      chunks of CHUNK that yield to the event loop in between (target < 1 s
//      in all). Each placement is counted as right (the passage's known new
//      offsets, or offsets that differ only inside a run of one repeated
//      character such as the figure's "-----", which no text can tell apart),
//      ambiguous (elsewhere, but where the old quote, prefix and suffix match
//      at least as well as at the edited passage), wrong (must be 0), or
//      orphaned.
// This text repeats itself: every passage occurs, with the same context, 99
// more times 8,073 units apart, the title line is doubled and the figure
// repeats its rules. Only position tells the edited original from an intact
// copy (matchQuote counts each doubling of the distance as one edit).
// How the TypeScript is loaded: bench/anchor-modules.mjs.
import fs from "node:fs";
import os from "node:os";
import { EditorState } from "prosemirror-state";
import { loadAnchoring } from "./bench/anchor-modules.mjs";
import { mutatePassages, selectorEdits, spreadTargets } from "./bench/anchor-workload.mjs";
import { median } from "./bench/bench-server.mjs";

const RUNS = Math.max(5, Number(process.env.RUNS ?? 7));
const CHUNK = Number(process.env.CHUNK ?? 50);
const ANNOTATIONS = 10_000;
const REANCHORED = 1_000;

const { TextIndex, describeRange, anchor, importPlainText, schema, plugin, seededRandom } = await loadAnchoring();
const sample = fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8");
const { doc } = importPlainText(Array.from({ length: 100 }, () => sample).join("\n\n"));

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Whether boundaries `a` and `b` of `text` cut the same words: equal, or
 * apart only within a run of one repeated character ("-----" in the
 * figure), where no text can tell which of those characters was meant.
 */
function sameBoundary(/** @type {string} */ text, /** @type {number} */ a, /** @type {number} */ b) {
  const [low, high] = a < b ? [a, b] : [b, a];
  const run = text[low];
  for (let i = low; i < high; i++) if (text[i] !== run) return false;
  return a === b || text[high] === run || text[low - 1] === run;
}

/** One run: builds the workload from `seed`, times (a) and (d). */
async function run(/** @type {number} */ seed) {
  const random = seededRandom(seed);
  let t = performance.now();
  const index = new TextIndex(doc);
  const indexMs = performance.now() - t;
  const targets = spreadTargets(index, describeRange, ANNOTATIONS, random);

  // (a) The unchanged text: every anchor must come back exact, where it was described.
  t = performance.now();
  const anchors = targets.map((target) => anchor(index, target));
  const resolveMs = performance.now() - t;
  const exact = anchors.filter(
    (found, i) =>
      found?.status === "exact" &&
      found.from === index.toPos(targets[i].start, "start") &&
      found.to === index.toPos(targets[i].end, "end"),
  ).length;

  // The same annotations drawn by the plugin, and one keystroke mapping them all.
  const empty = EditorState.create({ doc, plugins: [plugin.annotationDecorations()] });
  const specs = targets.map((target, i) => ({ id: String(i), target, className: "annotation" }));
  t = performance.now();
  const drawn = empty.apply(plugin.setAnnotations(empty.tr, specs));
  const setMs = performance.now() - t;
  const restyled = specs.map((spec, i) => (i === 5000 ? { ...spec, className: "annotation is-selected" } : spec));
  t = performance.now();
  drawn.apply(plugin.setAnnotations(drawn.tr, restyled));
  const resetMs = performance.now() - t;
  t = performance.now();
  const typed = drawn.apply(drawn.tr.insertText("x", index.toPos(Math.floor(index.text.length / 2), "start")));
  const keystrokeMs = performance.now() - t;
  if (plugin.anchorsOf(plugin.annotationDecorationsKey.getState(typed)).size !== ANNOTATIONS)
    throw new Error("anchors lost");

  // (d) A re-import: no step mapping to follow, only the old selectors.
  const chosen = targets.filter((_, i) => i % (ANNOTATIONS / REANCHORED) === 0);
  const changed = mutatePassages(index, chosen, schema, random);
  const chunks = [];
  t = performance.now();
  const newIndex = new TextIndex(changed.doc);
  const rebuildMs = performance.now() - t;
  if (newIndex.text !== changed.text) throw new Error("the changed document does not project the changed text");
  /** @type {(ReturnType<typeof anchor>)[]} */
  const placed = [];
  const wallStart = performance.now();
  for (let first = 0; first < chosen.length; first += CHUNK) {
    const chunkStart = performance.now();
    for (const target of chosen.slice(first, first + CHUNK)) placed.push(anchor(newIndex, target));
    chunks.push(performance.now() - chunkStart);
    await yieldToEventLoop();
  }
  const wallMs = performance.now() - wallStart;
  const outcome = { exact: 0, inRun: 0, ambiguous: 0, wrong: 0, orphaned: 0, fuzzy: 0 };
  placed.forEach((found, i) => {
    if (found === null) return void outcome.orphaned++;
    if (found.status === "fuzzy") outcome.fuzzy++;
    const { start, end } = changed.expected[i];
    const [foundStart, foundEnd] = [newIndex.toOffset(found.from), newIndex.toOffset(found.to, "end")];
    if (foundStart === start && foundEnd === end) outcome.exact++;
    else if (sameBoundary(newIndex.text, foundStart, start) && sameBoundary(newIndex.text, foundEnd, end))
      outcome.inRun++;
    else if (
      selectorEdits(newIndex.text, chosen[i], foundStart, foundEnd) <=
      selectorEdits(newIndex.text, chosen[i], start, end)
    )
      outcome.ambiguous++;
    else outcome.wrong++;
  });
  const anchorMs = chunks.reduce((sum, ms) => sum + ms, 0);
  return {
    indexMs,
    resolveMs,
    exactPct: (100 * exact) / ANNOTATIONS,
    setMs,
    resetMs,
    keystrokeMs,
    rebuildMs,
    anchorMs,
    reanchorMs: rebuildMs + anchorMs,
    longestChunkMs: Math.max(...chunks),
    wallMs,
    mutations: changed.mutations,
    rightPct: (100 * (outcome.exact + outcome.inRun)) / chosen.length,
    inRunPct: (100 * outcome.inRun) / chosen.length,
    ambiguousPct: (100 * outcome.ambiguous) / chosen.length,
    wrongPct: (100 * outcome.wrong) / chosen.length,
    orphanedPct: (100 * outcome.orphaned) / chosen.length,
    fuzzyPct: (100 * outcome.fuzzy) / chosen.length,
  };
}

await run(0); // warm-up: lets V8 optimise the code before anything is timed
const results = [];
for (let i = 1; i <= RUNS; i++) results.push(await run(i));
const m = (/** @type {keyof (typeof results)[0]} */ key) => median(results.map((result) => result[key]));
const worst = (/** @type {keyof (typeof results)[0]} */ key) => Math.max(...results.map((result) => result[key]));

const cpus = os.cpus();
console.log(`\nbench:anchor — medians of ${RUNS} runs after a warm-up run`);
console.log(`${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown"}), Node ${process.version}`);
const units = new TextIndex(doc).text.length.toLocaleString("en");
console.log(`text ${units} code units, ${doc.childCount} top-level blocks; chunk ${CHUNK}\n`);
const row = (/** @type {string} */ what, /** @type {string} */ value, /** @type {string} */ target = "") =>
  console.log(`${what.padEnd(58)} ${value.padStart(10)}   ${target}`);
const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const pct = (/** @type {number} */ value) => `${value.toFixed(1)} %`;
row("what", "median", "target");
row("-".repeat(58), "-".repeat(10), "-".repeat(12));
row("build TextIndex of the 1 MB document", ms(m("indexMs")));
row(`(a) resolve ${ANNOTATIONS.toLocaleString("en")} anchors, text unchanged`, ms(m("resolveMs")), "< 50 ms");
row("    resolved exactly where described", pct(m("exactPct")), "100 %");
row(`plugin: setAnnotations with ${ANNOTATIONS.toLocaleString("en")} annotations`, ms(m("setMs")));
row("plugin: setAnnotations again with one annotation restyled", ms(m("resetMs")));
row("plugin: one keystroke, the DecorationSet mapped", ms(m("keystrokeMs")));
row(`(d) re-anchor ${REANCHORED.toLocaleString("en")} after a re-import, in all`, ms(m("reanchorMs")), "< 1000 ms");
row("    of which: rebuild the TextIndex", ms(m("rebuildMs")));
row("    of which: anchor the old selectors", ms(m("anchorMs")));
row(`    longest synchronous chunk (${CHUNK} annotations)`, ms(m("longestChunkMs")));
row("    wall time with yields between chunks", ms(m("wallMs")));
row("    placed on the right words", pct(m("rightPct")));
row("      of which an end moved within a run like -----", pct(m("inRunPct")));
row("    ambiguous: the old selector matches there as well", pct(m("ambiguousPct")));
row("    placed on wrong words (worst run)", pct(worst("wrongPct")), "0 %");
row("    orphaned (worst run)", pct(worst("orphanedPct")));
row("    found by approximate match", pct(m("fuzzyPct")));
row("    characters changed per run", String(m("mutations")));
