import { describe, expect, it } from "vitest";
import { segmentHitsBox } from "@/lib/argument/edge-route";
import { layoutMapWithRoutes } from "@/lib/argument/layout-map";
import { mapEdges } from "@/lib/argument/map-edges";
import { generateMap } from "@/tests/fixtures/argument/generate-map";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

const onBorder = (point: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) =>
  point.x >= box.x - 0.5 &&
  point.x <= box.x + box.width + 0.5 &&
  point.y >= box.y - 0.5 &&
  point.y <= box.y + box.height + 0.5;

describe("layoutMapWithRoutes", () => {
  for (const [name, graph] of [
    ["the liberty map", LIBERTY_MAP],
    ["a generated map of 200 statements", generateMap(200)],
  ] as const) {
    it(`routes every edge of ${name} from its source's box to its target's, through no other box`, async () => {
      const { boxes, routes } = await layoutMapWithRoutes(graph);
      for (const edge of mapEdges(graph)) {
        const route = routes.get(`${edge.source}>${edge.target}`);
        expect(route, edge.id).toBeDefined();
        expect(onBorder(route![0]!, boxes.get(edge.source)!)).toBe(true);
        expect(onBorder(route!.at(-1)!, boxes.get(edge.target)!)).toBe(true);
        for (const [id, box] of boxes) {
          if (id === edge.source || id === edge.target) continue;
          const through = route!.slice(1).some((point, i) => segmentHitsBox(route![i]!, point, box));
          expect(through, `${edge.id} through ${id}`).toBe(false);
        }
      }
    });
  }
});
