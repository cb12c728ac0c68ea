import { describe, expect, it } from "vitest";
import { drawnWithJunction, flowElements } from "@/app/documents/[id]/_map/flow-elements";
import type { MapGraph } from "@/lib/validation/argument-map";

// The map view draws Argdown's relations to and from arguments as mapEdges
// does for the exports: an attack on a whole argument into its junction
// ("attacks"), an undercut of a gist argument ("undercuts"), and a
// statement supporting a whole argument into its junction ("supports").

const statement = (id: string, extra: object = {}) => ({
  id,
  annotationId: null,
  kind: "statement" as const,
  text: id,
  position: { x: 0, y: 0 },
  ...extra,
});
const graph: MapGraph = {
  nodes: [statement("g", { argument: true }), statement("p"), statement("c"), statement("s")],
  arguments: [{ id: "a", conclusionId: "c", premiseIds: ["p"], scheme: null, answers: {} }],
  attacks: [
    { id: "whole", attackerId: "g", target: { argumentId: "a" }, relation: "attack" },
    { id: "under", attackerId: "p", target: { nodeId: "g" }, relation: "undercut" },
  ],
  argumentSupports: [{ id: "back", premiseId: "s", argumentId: "a" }],
};

describe("flowElements with Argdown's relations", () => {
  it("draws a supported or attacked argument through its junction", () => {
    expect(drawnWithJunction({ ...graph, attacks: [] })).toEqual(new Set(["a"]));
  });

  it("draws each relation with its own kind, and names a gist argument's box Argument", () => {
    const { nodes, edges } = flowElements(graph, new Map(), { orphaned: new Set(), warned: new Set() });
    const kinds = edges.map((edge) => [edge.source, edge.target, (edge.data as { relation: string }).relation]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["g", "a", "attacks"],
        ["p", "g", "undercuts"],
        ["s", "a", "supports"],
      ]),
    );
    expect(nodes.find((node) => node.id === "g")?.ariaLabel).toBe("Argument: g");
  });
});
