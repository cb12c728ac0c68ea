import { describe, expect, it } from "vitest";
import { addMissingPremise } from "@/lib/argument/missing-premise";
import { ZMapGraph, type MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

const graph: MapGraph = {
  nodes: [freeNode("c", "claim"), freeNode("p"), freeNode("o", "objection")],
  arguments: [support("a1", ["p"], "c")],
  attacks: [],
};
const SIZE = { width: 240, height: 80 };
const box = (x: number, y: number) => ({ x, y, ...SIZE });

describe("addMissingPremise", () => {
  it("adds an unstated statement and makes it a premise of that argument, in one edit", () => {
    const { graph: next, nodeId } = addMissingPremise(graph, "a1", "  Experts are  usually right. ", new Map(), SIZE);
    const node = next.nodes.find((n) => n.id === nodeId);
    expect(node).toMatchObject({
      kind: "statement",
      unstated: true,
      annotationId: null,
      text: "Experts are usually right.",
    });
    expect(next.arguments).toEqual([{ ...support("a1", ["p", nodeId], "c") }]);
    expect(ZMapGraph.safeParse(next).success).toBe(true);
    expect(graph.nodes).toHaveLength(3);
  });

  it("places it beside its sibling premises, past any box already there", () => {
    const boxes = new Map([
      ["c", box(0, 0)],
      ["p", box(0, 200)],
      ["o", box(280, 200)],
    ]);
    const { graph: next, nodeId } = addMissingPremise(graph, "a1", "Missing.", boxes, SIZE);
    // Right of p (0 + 240 + gap 40 = 280) is taken by o, so one step further.
    expect(next.nodes.find((n) => n.id === nodeId)?.position).toEqual({ x: 560, y: 200 });
  });

  it("prefers a premise's saved position to the layout's", () => {
    const placed = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === "p" ? { ...n, position: { x: 1000, y: 50 } } : n)),
    };
    const { graph: next, nodeId } = addMissingPremise(placed, "a1", "Missing.", new Map([["p", box(0, 200)]]), SIZE);
    expect(next.nodes.find((n) => n.id === nodeId)?.position).toEqual({ x: 1280, y: 50 });
  });

  it("leaves the place to the layout when no sibling has one yet", () => {
    const { graph: next, nodeId } = addMissingPremise(graph, "a1", "Missing.", new Map(), SIZE);
    expect(next.nodes.find((n) => n.id === nodeId)?.position).toBeNull();
  });

  it("refuses empty text and an argument that is not there", () => {
    expect(() => addMissingPremise(graph, "a1", "   ", new Map(), SIZE)).toThrow(/Type the missing premise/);
    expect(() => addMissingPremise(graph, "nope", "Text.", new Map(), SIZE)).toThrow(/no longer/);
  });
});
