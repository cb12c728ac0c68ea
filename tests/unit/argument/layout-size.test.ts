import { describe, expect, it } from "vitest";
import { layoutSize } from "@/lib/argument/layout-size";
import type { MapAttack, MapGraph } from "@/lib/validation/argument-map";
import { freeNode as node, support } from "@/tests/fixtures/argument/graph-parts";

const rebuttal = (id: string, attackerId: string, nodeId: string): MapAttack => ({
  id,
  attackerId,
  target: { nodeId },
});

describe("layoutSize", () => {
  it("counts nothing in an empty map", () => {
    expect(layoutSize({ nodes: [], arguments: [], attacks: [] })).toEqual({
      boxes: 0,
      edges: 0,
      dummies: 0,
      layered: 0,
    });
  });

  it("counts a statement and a junction per argument as boxes, and every drawn edge", () => {
    // b → arg → a: two statements, one junction, two edges, each one layer long.
    const graph: MapGraph = { nodes: [node("a"), node("b")], arguments: [support("arg", ["b"], "a")], attacks: [] };
    expect(layoutSize(graph)).toEqual({ boxes: 3, edges: 2, dummies: 0, layered: 3 });
  });

  it("adds a dummy for every layer an edge skips", () => {
    // c → arg2 → b → arg1 → a puts c, arg2, b, arg1, a on layers 0 to 4;
    // c's attack on a spans four layers: three dummies.
    const graph: MapGraph = {
      nodes: [node("a"), node("b"), node("c")],
      arguments: [support("arg1", ["b"], "a"), support("arg2", ["c"], "b")],
      attacks: [rebuttal("x", "c", "a")],
    };
    expect(layoutSize(graph)).toEqual({ boxes: 5, edges: 5, dummies: 3, layered: 8 });
  });

  it("puts a box one layer above the highest of its sources", () => {
    // a ← arg1 ← b, and a ← arg2 ← c ← arg3 ← d: a sits on layer 4 (above arg2),
    // so b's leg into arg1 stays short and arg1 → a skips layers 2 and 3.
    const graph: MapGraph = {
      nodes: [node("a"), node("b"), node("c"), node("d")],
      arguments: [support("arg1", ["b"], "a"), support("arg2", ["c"], "a"), support("arg3", ["d"], "c")],
      attacks: [],
    };
    expect(layoutSize(graph)).toEqual({ boxes: 7, edges: 6, dummies: 2, layered: 9 });
  });

  it("turns round the edge that closes a support cycle, then layers what is left", () => {
    // speech → arg-speech → truth → arg-truth → speech: the search from speech turns
    // arg-truth → speech round, leaving speech, arg-speech, truth, arg-truth on layers 0 to 3,
    // and the turned edge spans three layers: two dummies.
    const graph: MapGraph = {
      nodes: [node("speech"), node("truth")],
      arguments: [support("arg-speech", ["speech"], "truth"), support("arg-truth", ["truth"], "speech")],
      attacks: [],
    };
    expect(layoutSize(graph)).toEqual({ boxes: 4, edges: 4, dummies: 2, layered: 6 });
  });

  it("turns round only the one edge that closes a cycle, even when the cycle is entered again later", () => {
    // As above, plus p → arg-p → truth, searched after the cycle: truth is finished by then,
    // and no second edge of the cycle is turned.
    const graph: MapGraph = {
      nodes: [node("speech"), node("truth"), node("p")],
      arguments: [
        support("arg-speech", ["speech"], "truth"),
        support("arg-truth", ["truth"], "speech"),
        support("arg-p", ["p"], "truth"),
      ],
      attacks: [],
    };
    expect(layoutSize(graph)).toEqual({ boxes: 6, edges: 6, dummies: 2, layered: 8 });
  });

  it("turns round one edge of two statements that attack each other, however the cycle is reached", () => {
    // a ⇄ b and c → a: the search from a turns b → a round, leaving c, a, b on layers 0 to 2
    // with no edge skipping a layer; turning a → b as well would leave a cycle.
    const graph: MapGraph = {
      nodes: [node("a"), node("b"), node("c")],
      arguments: [],
      attacks: [rebuttal("x", "a", "b"), rebuttal("y", "c", "a"), rebuttal("z", "b", "a")],
    };
    expect(layoutSize(graph)).toEqual({ boxes: 3, edges: 3, dummies: 0, layered: 3 });
  });

  it("leaves out an edge from a box to itself", () => {
    // The schema refuses a statement that attacks itself; drawn, it would be a loop, not a layer.
    const graph: MapGraph = { nodes: [node("a")], arguments: [], attacks: [rebuttal("x", "a", "a")] };
    expect(layoutSize(graph)).toEqual({ boxes: 1, edges: 0, dummies: 0, layered: 1 });
  });
});
