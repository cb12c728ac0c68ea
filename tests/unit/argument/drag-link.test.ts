import { describe, expect, it } from "vitest";
import { dragLinkChoices, linkByDrag } from "@/lib/argument/drag-link";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

/** c ← a1 ← p; q free. */
const graph: MapGraph = {
  nodes: [freeNode("c", "claim"), freeNode("p"), freeNode("q")],
  arguments: [support("a1", ["p"], "c")],
  attacks: [],
};

describe("dragLinkChoices", () => {
  it("offers all three onto a supported statement", () => {
    expect(dragLinkChoices(graph, "q", "c")).toEqual({ supports: true, attacks: true, undercuts: true });
  });
  it("offers no undercut onto a statement nothing supports", () => {
    expect(dragLinkChoices(graph, "q", "p")).toEqual({ supports: true, attacks: true, undercuts: false });
  });
  it("offers only an undercut onto an argument's junction", () => {
    expect(dragLinkChoices(graph, "q", "a1")).toEqual({ supports: false, attacks: false, undercuts: true });
  });
  it("offers nothing onto itself or from a junction", () => {
    expect(dragLinkChoices(graph, "q", "q")).toEqual({ supports: false, attacks: false, undercuts: false });
    expect(dragLinkChoices(graph, "a1", "q")).toEqual({ supports: false, attacks: false, undercuts: false });
  });
});

describe("linkByDrag", () => {
  it("adds an attack on the statement dropped on", () => {
    const after = linkByDrag(graph, "q", "c", "attacks");
    expect(after.attacks).toEqual([{ id: expect.any(String), attackerId: "q", target: { nodeId: "c" } }]);
    expect(after.arguments).toEqual(graph.arguments);
  });
  it("adds a support as a new argument", () => {
    const after = linkByDrag(graph, "q", "c", "supports");
    expect(after.arguments.map((a) => [a.premiseIds, a.conclusionId])).toEqual([
      [["p"], "c"],
      [["q"], "c"],
    ]);
  });
  it("undercuts the argument into a statement, or the junction dropped on", () => {
    const onStatement = linkByDrag(graph, "q", "c", "undercuts");
    const onJunction = linkByDrag(graph, "q", "a1", "undercuts");
    for (const after of [onStatement, onJunction])
      expect(after.attacks).toEqual([{ id: expect.any(String), attackerId: "q", target: { argumentId: "a1" } }]);
  });
  it("refuses what the choices do not offer, in words", () => {
    expect(() => linkByDrag(graph, "q", "p", "undercuts")).toThrow(/nothing supports/i);
    expect(() => linkByDrag(graph, "q", "a1", "attacks")).toThrow(/only be undercut/i);
  });
});
