import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { exportMap } from "@/lib/maps/export-map";
import { layoutMapInWorker } from "@/lib/maps/layout-in-worker";
import type { MapGraph } from "@/lib/validation/argument-map";
import { generateMap } from "@/tests/fixtures/argument/generate-map";
import { seededRandom } from "../support/seeded-random";
import { privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { graphOf, inference, makeMap, statement } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

// Drawing a map (SVG, PNG) lays it out with ELK, which takes seconds to
// minutes on a tangled map: it runs in a worker thread with a time limit,
// and a map beyond what it can draw is refused up front, saying so.

const ORIGIN = "https://warrant.example.org";

/** The case: 500 statements, 1,000 arguments of 5 premises drawn at random (80 s to lay out). */
function tangledMap(): MapGraph {
  const random = seededRandom(3);
  const pick = () => Math.floor(random() * 500);
  const nodes = Array.from({ length: 500 }, (_, i) => statement(`n${i}`, `Statement number ${i} of the map.`));
  const args = Array.from({ length: 1_000 }, (_, i) => {
    const conclusion = pick();
    const premises = new Set<number>();
    while (premises.size < 5) {
      const premise = pick();
      if (premise !== conclusion) premises.add(premise);
    }
    return inference(
      `a${i}`,
      `n${conclusion}`,
      [...premises].map((p) => `n${p}`),
    );
  });
  return graphOf(nodes, args);
}

describe(`bounded map drawing on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("refuses to draw a map too tangled to lay out, naming the formats that still work", async () => {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    const map = await makeMap(db(), owner.id, document.id, { graph: tangledMap() });
    for (const format of ["svg", "png"] as const) {
      const started = performance.now();
      const error = await errorOf(exportMap(db(), owner.id, map.id, format, ORIGIN));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toMatch(/too large to draw/);
      expect((error as Error).message).toMatch(/AIF, Argdown, GraphML, DOT or Markdown/);
      // Refused before any layout: generous, the layout took 80 s.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
    // The formats that need no drawing still export it.
    const { body } = await exportMap(db(), owner.id, map.id, "graphml", ORIGIN);
    expect(String(body)).toContain("<graphml");
  });

  it("still draws an ordinary map as SVG and PNG", async () => {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    const graph = graphOf(
      [statement("c", "The conclusion."), statement("p", "A premise."), statement("q", "Another premise.")],
      [inference("a", "c", ["p", "q"])],
    );
    const map = await makeMap(db(), owner.id, document.id, { graph });
    const svg = await exportMap(db(), owner.id, map.id, "svg", ORIGIN);
    expect(String(svg.body)).toMatch(/^<\?xml[^>]*>\s*<svg|^<svg/);
    expect(String(svg.body)).toContain("The conclusion.");
    const png = await exportMap(db(), owner.id, map.id, "png", ORIGIN);
    expect(Buffer.isBuffer(png.body) && png.body.subarray(1, 4).toString()).toBe("PNG");
  });

  it("stops a layout that runs past its time limit, and says the map is too large to draw", async () => {
    const error = await errorOf(layoutMapInWorker(generateMap(1_000), { timeLimitMs: 1 }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/too large to draw/);
    // A map that fits its time lays out completely, off the request's thread.
    const graph = generateMap(100);
    const layout = await layoutMapInWorker(graph);
    expect(layout.size).toBe(graph.nodes.length + graph.arguments.length);
  });
});
