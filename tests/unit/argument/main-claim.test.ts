import { describe, expect, it } from "vitest";
import { mainClaim } from "@/lib/argument/main-claim";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

/** Positions by id, each as [x, y]. */
const at = (points: Record<string, [number, number]>) =>
  new Map(Object.entries(points).map(([id, [x, y]]) => [id, { x, y }]));

describe("mainClaim", () => {
  it("is the final conclusion with the most support, not a sub-conclusion", () => {
    // c1 ← s (← p1, p2) ; c1 ← q ; c2 ← r
    const graph: MapGraph = {
      nodes: ["c1", "c2", "s", "p1", "p2", "q", "r"].map((id) => freeNode(id)),
      arguments: [
        support("a1", ["s"], "c1"),
        support("a2", ["q"], "c1"),
        support("a3", ["p1", "p2"], "s"),
        support("a4", ["r"], "c2"),
      ],
      attacks: [],
    };
    // c2 sits higher, but c1 has more support; s has as many premises but is itself a premise.
    const positions = at({
      c1: [300, 100],
      c2: [0, 0],
      s: [300, 200],
      p1: [0, 300],
      p2: [300, 300],
      q: [600, 200],
      r: [0, 100],
    });
    expect(mainClaim(graph, positions)).toBe("c1");
  });

  it("counts support through the whole tree beneath a conclusion", () => {
    const graph: MapGraph = {
      nodes: ["c1", "c2", "s", "p1", "p2", "q"].map((id) => freeNode(id)),
      // c1 has one reason with two reasons beneath it; c2 two direct reasons.
      arguments: [
        support("a1", ["s"], "c1"),
        support("a2", ["p1"], "s"),
        support("a3", ["p2"], "s"),
        support("a4", ["q"], "c2"),
      ],
      attacks: [],
    };
    expect(mainClaim(graph, at({ c1: [0, 0], c2: [0, 0] }))).toBe("c1");
  });

  it("breaks ties by the top-most, then left-most, box", () => {
    const graph: MapGraph = {
      nodes: ["a", "b", "p", "q"].map((id) => freeNode(id)),
      arguments: [support("a1", ["p"], "a"), support("a2", ["q"], "b")],
      attacks: [],
    };
    expect(mainClaim(graph, at({ a: [200, 50], b: [100, 50] }))).toBe("b");
    expect(mainClaim(graph, at({ a: [200, 40], b: [100, 50] }))).toBe("a");
  });

  it("falls back to the top-most statement when nothing is supported, and to null on an empty map", () => {
    const graph: MapGraph = {
      nodes: ["a", "b", "o"].map((id) => freeNode(id)),
      arguments: [],
      attacks: [{ id: "x", attackerId: "o", target: { nodeId: "a" } }],
    };
    expect(mainClaim(graph, at({ a: [0, 90], b: [0, 10], o: [0, 200] }))).toBe("b");
    expect(mainClaim({ nodes: [], arguments: [], attacks: [] }, new Map())).toBeNull();
  });

  it("survives a cycle of support", () => {
    const graph: MapGraph = {
      nodes: ["a", "b"].map((id) => freeNode(id)),
      arguments: [support("a1", ["a"], "b"), support("a2", ["b"], "a")],
      attacks: [],
    };
    expect(mainClaim(graph, at({ a: [0, 50], b: [0, 0] }))).toBe("b");
  });
});
