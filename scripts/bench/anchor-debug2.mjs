import fs from "node:fs";
import { createViteServer } from "vitest/node";
import { mutatePassages, seededRandom, spreadTargets } from "./anchor-workload.mjs";
const server = await createViteServer({
  configFile: false,
  root: process.cwd(),
  logLevel: "error",
  appType: "custom",
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { TextIndex } = await server.ssrLoadModule("/lib/anchoring/text-index.ts");
const { describeRange } = await server.ssrLoadModule("/lib/anchoring/describe-range.ts");
const { importPlainText } = await server.ssrLoadModule("/lib/editor/import-plain-text.ts");
const { schema } = await server.ssrLoadModule("/lib/editor/schema.ts");
const qc = await server.ssrLoadModule("/lib/anchoring/quote-candidates.ts");
const { matchQuote } = await server.ssrLoadModule("/lib/anchoring/match-quote.ts");
await server.close();
const approx = (await import("approx-string-match")).default;
const sample = fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8");
const { doc } = importPlainText(Array.from({ length: 100 }, () => sample).join("\n\n"));
const random = seededRandom(0);
const index = new TextIndex(doc);
const targets = spreadTargets(index, describeRange, 10000, random);
const chosen = targets.filter((_, i) => i % 10 === 0);
const changed = mutatePassages(index, chosen, schema, random);
const text = changed.text;
const t = chosen[210];
console.log(JSON.stringify(t), changed.expected[210]);
const near = t.start;
const from = near - 2048,
  to = near + 2048 + t.exact.length;
console.log("exact", qc.exactCandidates(text, t.exact, from, to));
console.log("approx", qc.approximateCandidates(text, t.exact, from, to));
const whole = t.prefix + t.exact + t.suffix;
console.log(
  "regions",
  approx(text.slice(from, to), whole, Math.floor(whole.length / 4)).map((r) => ({
    ...r,
    start: r.start + from,
    end: r.end + from,
  })),
);
console.log("contextual", qc.contextualCandidates(text, t, from, to));
console.log(matchQuote(text, t));
