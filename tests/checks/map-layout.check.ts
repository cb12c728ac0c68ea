import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkExtendedEdge } from "elkjs/lib/elk-api";
import { elkGraphOf } from "@/lib/argument/layout-map";
import type { Point } from "@/lib/argument/edge-route";
import { expect, test } from "../e2e/support/test";
import { signUpThroughForm } from "../e2e/support/accounts";
import { edgeCrossings, measureDrawnMap, readDrawnMap } from "../e2e/support/map-geometry";
import { openFittedMap } from "../e2e/support/map-view";
import { openSample } from "../e2e/support/reader";
import { createSampleMap, generatedMap } from "../e2e/support/sample-maps";

// `npm run check:map-layout` (inside the e2e lock: it builds and serves the
// production app on the e2e port). Draws maps of 4, 40 and 400 statements in
// the real map view, fitted whole, and measures from the DOM: edges through
// a box, overlapping boxes, labels on a box or another label (targets 0),
// and edge crossings, next to the crossings of ELK's own routes for the same
// map (the layout's count; target: within it + 5 %).

const SIZES = [4, 40, 400];

/** Crossings of the routes ELK computes for `graph` (its edge sections), the layout's own count. */
async function layoutCrossings(graph: ReturnType<typeof generatedMap>): Promise<number> {
  const laid = await new ELK().layout(elkGraphOf(graph));
  const routes = (laid.edges ?? []).flatMap((edge: ElkExtendedEdge) =>
    (edge.sections ?? []).map((s): Point[] => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]),
  );
  return edgeCrossings(routes);
}

for (const size of SIZES) {
  test(`map layout of ${size} statements`, async ({ page }) => {
    const graph = generatedMap(size);
    await signUpThroughForm(page, `Layout Checker ${size}`);
    await createSampleMap(page, `Layout ${size}`, graph);
    await openSample(page);
    const map = await openFittedMap(page, `Layout ${size}`, size, { fullWindow: true });
    const figures = measureDrawnMap(await readDrawnMap(map));
    const elk = await layoutCrossings(graph);
    const line = {
      statements: figures.statements,
      edges: figures.edges,
      labels: figures.labels,
      edgeThroughBox: figures.edgeThroughBox.length,
      boxOverlaps: figures.boxOverlaps.length,
      labelOverlaps: figures.labelOverlaps.length,
      edgeCrossings: figures.edgeCrossings,
      layoutCrossings: elk,
    };
    console.log(`map-layout ${size}: ${JSON.stringify(line)}`);
    for (const key of ["edgeThroughBox", "boxOverlaps", "labelOverlaps"] as const) {
      if (figures[key].length > 0) console.log(`  ${key}: ${figures[key].slice(0, 8).join("; ")}`);
    }
    expect.soft(line.edgeThroughBox).toBe(0);
    expect.soft(line.boxOverlaps).toBe(0);
    expect.soft(line.labelOverlaps).toBe(0);
    expect.soft(line.edgeCrossings).toBeLessThanOrEqual(Math.ceil(elk * 1.05));
  });
}
