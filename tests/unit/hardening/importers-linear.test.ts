import { describe, expect, it } from "vitest";
import { fromAif } from "@/lib/argument/formats/aif-import";
import { readArgdownMap } from "@/lib/argument/formats/argdown-import";
import { importHtml } from "@/lib/editor/import-html";
import { importMarkdown } from "@/lib/editor/import-markdown";
import { importPlainText } from "@/lib/editor/import-plain-text";
import { parseW3CAnnotations } from "@/lib/w3c/parse";

// One request runs on the server's only event loop: an importer whose cost
// grows faster than its input (a backtracking regex, a scan repeated at
// every position) freezes every reader for as long as it takes. For every
// importer and every kind of filler — runs of each Unicode space, of each
// punctuation class, long repeated tokens — the input is built at a size n
// where it costs at least TARGET_MS, and at 16n (four doublings); each
// cost is the process's CPU time (other work on the machine does not
// count), the minimum of several runs. Doubling the input may cost at most
// three times as much, so four doublings at most 3⁴ = 81 times: linear
// work costs 16 times (up to about 30 with caches and garbage collection
// at the larger size), quadratic work 256 times. Judging four doublings at
// once keeps the noise of one measurement from deciding.
//
// An importer that stays under TARGET_MS at a sixteenth of the largest
// input it accepts has no growth worth measuring and passes.

const TARGET_MS = 8;
const RUNS = 3;
const DOUBLINGS = 4;
const MAX_RATIO = 3 ** DOUBLINGS;

/** Characters that `\s` matches besides the ASCII blanks, and the invisible ones it does not. */
const UNICODE_SPACES = [
  "\u00a0",
  "\u1680",
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
];
const INVISIBLE = ["\u180e", "\u200b", "\u200c", "\u200d", "\u2060"];

/** Each class is run as a cycle through its characters: a regex treats a class alike. */
const CLASSES: Record<string, readonly string[]> = {
  "Unicode spaces": UNICODE_SPACES,
  "no-break space": ["\u00a0"],
  "ideographic space": ["\u3000"],
  "ASCII blanks": [" ", "\t"],
  "vertical tab and form feed": ["\v", "\f"],
  "line ends": ["\n", "\r", "\r\n"],
  invisible: INVISIBLE,
  closers: ["'", '"', "”", "’", "»", ")", "]"],
  openers: ["'", '"', "“", "‘", "«", "(", "["],
  "sentence ends": [".", "!", "?", ",", ";", ":", "…"],
  dashes: ["-", "–", "—", "―"],
  bullets: ["•", "◦", "*", "-", "·"],
};

/** Single characters and tokens whose repetition means something to one of the parsers. */
const TOKENS = [
  "[",
  "<",
  "{",
  "(",
  "=",
  "#",
  "*",
  "_",
  "`",
  "/",
  "\\",
  ":",
  ".",
  "'",
  "[a",
  "<a",
  "{a",
  "](",
  "/*",
  "<!--",
  "1. ",
  "- ",
  "> ",
  "A. ",
  "By ",
  "Ab ",
  "and ",
  "&nbsp;",
  "<b>",
  "aaaa",
];

const FILLERS: readonly (readonly [string, (length: number) => string])[] = [
  ...Object.entries(CLASSES).map(([name, chars]) => [name, (length: number) => cycle(chars, length)] as const),
  ...TOKENS.map((token) => [JSON.stringify(token), (length: number) => cycle([token], length)] as const),
];

function cycle(parts: readonly string[], length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += parts[i % parts.length];
  return text.slice(0, length);
}

interface Importer {
  readonly name: string;
  /** Characters of filler the importer accepts in one input (2 MB documents, 5 MB maps). */
  readonly maxRun: number;
  /** The importer's input with `run` in every place a heuristic or a token could look at it. */
  readonly input: (run: string) => string;
  readonly run: (input: string) => unknown;
}

const aifNode = (nodeID: string, type: string, text: string) => ({ nodeID, type, text });

const IMPORTERS: readonly Importer[] = [
  {
    name: "plain text (attribution at the end)",
    maxRun: 250_000,
    input: (run) =>
      `${run}Title${run}\n\nHeading ${run}x\n\n- Item ${run}x\n- Cost${run}: x\n\n` +
      `Para ${run} x.\n\n    code ${run}\n\nBy Ada${run}Lovelace${run}x`,
    run: (input) => importPlainText(input),
  },
  {
    name: "plain text (initials and name at the end)",
    maxRun: 500_000,
    input: (run) => `Title\n\nPara x.\n\nAL\n\nAda ${run}Lovelace${run}x\n\nA bio ${run}.`,
    run: (input) => importPlainText(input),
  },
  {
    name: "plain text (one line)",
    maxRun: 2_000_000,
    input: (run) => `By ${run}x`,
    run: (input) => importPlainText(input),
  },
  {
    name: "Markdown",
    maxRun: 250_000,
    input: (run) =>
      `# T${run}x\n\npara ${run}x *a${run}* [l${run}](http://x/${run})\n\n- item ${run}x\n\n> quote ${run}x\n\n` +
      `\`\`\`\n${run}\n\`\`\`\n\n${run}`,
    run: (input) => importMarkdown(input),
  },
  {
    name: "HTML",
    maxRun: 300_000,
    input: (run) =>
      `<title>${run}</title><h1>T${run}x</h1><p>a${run}b</p><a href="${run}">l</a>` +
      `<p style="font-weight:${run}">x</p>${run}`,
    run: (input) => importHtml(input),
  },
  {
    name: "Argdown",
    maxRun: 500_000,
    input: (run) => `[A]: a${run}b\n\n<B>: c${run}d\n  + e${run}f\n${run}\n  - [A] ${run}\n`,
    run: (input) => readArgdownMap(input),
  },
  {
    name: "Argdown (one line)",
    maxRun: 5_000_000,
    input: (run) => run,
    run: (input) => readArgdownMap(input),
  },
  {
    name: "AIF",
    maxRun: 1_000_000,
    input: (run) =>
      JSON.stringify({
        nodes: [
          aifNode("1", "I", `a${run}b`),
          aifNode("2", "I", `c${run}d`),
          { ...aifNode("3", "RA", run), scheme: run },
          aifNode("4", "CA", run),
        ],
        edges: [
          { edgeID: "e1", fromID: "1", toID: "3" },
          { edgeID: "e2", fromID: "3", toID: "2" },
        ],
      }),
    run: (input) => fromAif(input),
  },
  {
    name: "W3C",
    maxRun: 1_000_000,
    input: (run) =>
      JSON.stringify({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "Annotation",
        motivation: "commenting",
        body: [
          { type: "TextualBody", value: `a${run}b`, purpose: "commenting" },
          { type: "TextualBody", value: run, purpose: "tagging" },
        ],
        target: {
          source: "http://x/",
          selector: { type: "TextQuoteSelector", exact: `q${run}q`, prefix: run, suffix: run },
        },
      }),
    run: (input) => parseW3CAnnotations(JSON.parse(input)),
  },
];

// CPU time of this process, not wall-clock time: other processes busy on
// the same machine do not count against the importer.
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function runOnce(importer: Importer, input: string): number {
  const started = cpuMs();
  try {
    importer.run(input);
  } catch {
    // Refusing the input is an answer too; only the time to give it counts here.
  }
  return cpuMs() - started;
}

function bestOf(importer: Importer, input: string): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, runOnce(importer, input));
  return best;
}

const GROWTH = 2 ** DOUBLINGS;

// The plain-text importer's own heuristics run in every `npm test`. The
// whole matrix takes about ten minutes and still finds super-linear
// lexing inside @argdown/core (see the report of issue 11), so it runs
// when asked: WARRANT_LINEAR_AUDIT=1 npx vitest run --project unit <this file>.
const AUDIT_ALL = process.env.WARRANT_LINEAR_AUDIT === "1";
const CHECKED = AUDIT_ALL ? IMPORTERS : IMPORTERS.filter((importer) => importer.name.startsWith("plain text"));

describe.each(CHECKED)("$name grows linearly with adversarial input", (importer) => {
  it.each(FILLERS)(
    "runs of %s",
    (_name, filler) => {
      let n = 1024;
      runOnce(importer, importer.input(filler(n))); // warm the JIT
      while (GROWTH * n <= importer.maxRun && runOnce(importer, importer.input(filler(n))) < TARGET_MS) n *= 2;
      if (GROWTH * n > importer.maxRun) return;
      const small = bestOf(importer, importer.input(filler(n)));
      const large = bestOf(importer, importer.input(filler(GROWTH * n)));
      const figures = `${n} → ${small.toFixed(1)} ms, ${GROWTH * n} → ${large.toFixed(1)} ms (×${(large / small).toFixed(1)})`;
      expect(large / small, figures).toBeLessThanOrEqual(MAX_RATIO);
      // Wall-clock room for a loaded machine: the figures above are CPU time,
      // but vitest's 5 s timeout is not, and a busy machine tripped it.
    },
    60_000,
  );
});
