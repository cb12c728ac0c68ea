import fs from "node:fs";
import { createViteServer } from "vitest/node";
const server = await createViteServer({
  configFile: false,
  root: process.cwd(),
  logLevel: "error",
  appType: "custom",
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { matchQuote } = await server.ssrLoadModule("/lib/anchoring/match-quote.ts");
const { targetAt } = await server.ssrLoadModule("/lib/anchoring/target-at.ts");
await server.close();
const sample = fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8");
const big = Array.from({ length: 100 }, () => sample).join("\n\n");
const other =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ".repeat(
    20,
  );
for (const len of [20, 60, 200]) {
  const times = [];
  for (let k = 0; k < 10; k++) {
    const s = 100 + k * 137;
    const target = targetAt(other, s, s + len);
    const t = performance.now();
    const r = matchQuote(big, { ...target, start: 400000, end: 400000 + len });
    times.push(performance.now() - t);
    if (r) console.log("unexpected", r);
  }
  console.log("orphan len", len, times.map((x) => x.toFixed(1)).join(" "));
}
