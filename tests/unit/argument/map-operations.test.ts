import { describe, expect, it } from "vitest";
import { linkStatements, removeNode, updateNode } from "@/lib/argument/edit-map";
import { applyOperations, diffGraphs } from "@/lib/argument/map-operations";
import type { MapGraph } from "@/lib/validation/argument-map";
import { generateMap } from "../../fixtures/argument/generate-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";
import { seededRandom } from "../../support/seeded-random";

const base: MapGraph = {
  nodes: [freeNode("c", "claim"), freeNode("p"), freeNode("q"), freeNode("o", "objection")],
  arguments: [support("a1", ["p"], "c")],
  attacks: [{ id: "x1", attackerId: "o", target: { nodeId: "c" } }],
};

/** `edit` made by one person on `base`, as the operations they would send. */
const opsOf = (edit: (graph: MapGraph) => MapGraph) => diffGraphs(base, edit(base));

describe("map operations", () => {
  it("turn the base into the edited graph, whatever the edit", () => {
    const edits: ((graph: MapGraph) => MapGraph)[] = [
      (g) => updateNode(g, "p", { text: "Retyped.", position: { x: 10, y: 20 } }),
      (g) => linkStatements(g, "q", "c", "supports"),
      (g) => linkStatements(g, "q", "c", "undercuts", "a1"),
      (g) => removeNode(g, "c"),
      (g) => ({ ...g, nodes: [...g.nodes, freeNode("n")], arguments: [support("a2", ["n", "q"], "p")] }),
      (g) => ({ ...g, attacks: [{ id: "x1", attackerId: "q", target: { nodeId: "c" } }] }),
    ];
    for (const edit of edits) {
      const next = edit(base);
      expect(applyOperations(base, diffGraphs(base, next))).toEqual({ graph: next, skipped: [] });
    }
    expect(diffGraphs(base, base)).toEqual([]);
  });

  it("see no change in a graph whose objects came back with their keys in another order (as JSONB returns them)", () => {
    const reordered = JSON.parse(
      JSON.stringify(base, (_key, value: unknown) =>
        value && typeof value === "object" && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value as object).reverse())
          : value,
      ),
    ) as MapGraph;
    expect(diffGraphs(base, reordered)).toEqual([]);
  });

  it("name only the properties that changed", () => {
    expect(opsOf((g) => updateNode(g, "p", { position: { x: 1, y: 2 } }))).toEqual([
      { op: "updateNode", id: "p", set: { position: { x: 1, y: 2 } } },
    ]);
  });

  it("apply two people's edits of different things both, in either order", () => {
    const moved = opsOf((g) => updateNode(g, "p", { position: { x: 5, y: 5 } }));
    const linked = opsOf((g) => linkStatements(g, "q", "c", "attacks"));
    const one = applyOperations(applyOperations(base, moved).graph, linked);
    const other = applyOperations(applyOperations(base, linked).graph, moved);
    expect(one.skipped).toEqual([]);
    expect(one.graph.nodes.find((n) => n.id === "p")!.position).toEqual({ x: 5, y: 5 });
    expect(one.graph.attacks).toHaveLength(2);
    expect(new Set(one.graph.attacks.map((a) => a.attackerId))).toEqual(
      new Set(other.graph.attacks.map((a) => a.attackerId)),
    );
  });

  it("let the later of two edits of one property win, and keep the other properties of both", () => {
    const ana = opsOf((g) => updateNode(g, "p", { text: "Ana's words.", position: { x: 1, y: 1 } }));
    const ben = opsOf((g) => updateNode(g, "p", { text: "Ben's words.", kind: "evidence" }));
    const { graph } = applyOperations(applyOperations(base, ana).graph, ben);
    expect(graph.nodes.find((n) => n.id === "p")).toMatchObject({
      text: "Ben's words.",
      kind: "evidence",
      position: { x: 1, y: 1 },
    });
  });

  it("skip what someone else removed, with the links that needed it", () => {
    const removed = applyOperations(
      base,
      opsOf((g) => removeNode(g, "c")),
    ).graph;
    const late = opsOf((g) => linkStatements(updateNode(g, "c", { text: "Edited." }), "q", "c", "supports"));
    const { graph, skipped } = applyOperations(removed, late);
    expect(graph).toEqual(removed);
    expect(skipped.map((op) => op.op)).toEqual(["updateNode", "addArgument"]);
  });

  it("keep one statement per passage: a second one added meanwhile stands in for the first", () => {
    const passage = (id: string) => ({
      ...freeNode(id, "claim"),
      annotationId: "11111111-1111-4111-8111-111111111111",
    });
    const ana = opsOf((g) => ({ ...g, nodes: [...g.nodes, passage("na")] }));
    const ben = opsOf((g) => linkStatements({ ...g, nodes: [...g.nodes, passage("nb")] }, "nb", "c", "supports"));
    const { graph, skipped } = applyOperations(applyOperations(base, ana).graph, ben);
    expect(graph.nodes.filter((n) => n.annotationId)).toHaveLength(1);
    expect(graph.arguments.find((a) => a.conclusionId === "c" && a.premiseIds.includes("na"))).toBeDefined();
    expect(skipped.map((op) => op.op)).toEqual(["addNode"]);
  });

  it("reach the same graph from random concurrent edits, as the server applies them in arrival order", () => {
    const random = seededRandom(7);
    const start = generateMap(40, 7);
    for (let round = 0; round < 30; round++) {
      const edits = [0, 1, 2].map(() => {
        let graph = start;
        const nodes = graph.nodes;
        for (let i = 0; i < 4; i++) {
          const node = nodes[Math.floor(random() * nodes.length)]!;
          const choice = random();
          if (choice < 0.4) graph = updateNode(graph, node.id, { position: { x: random() * 100, y: random() * 100 } });
          else if (choice < 0.7) graph = updateNode(graph, node.id, { text: `Text ${round}-${i}` });
          else if (choice < 0.85 && graph.nodes.some((n) => n.id === node.id)) graph = removeNode(graph, node.id);
          else {
            const other = graph.nodes[Math.floor(random() * graph.nodes.length)]!;
            if (other.id !== node.id && graph.nodes.some((n) => n.id === node.id)) {
              graph = linkStatements(graph, node.id, other.id, "attacks");
            }
          }
        }
        return diffGraphs(start, graph);
      });
      const server = edits.reduce((graph, ops) => applyOperations(graph, ops).graph, start);
      // Every reference in the result resolves: nothing dangles after skipped operations.
      const ids = new Set(server.nodes.map((n) => n.id));
      const argumentIds = new Set(server.arguments.map((a) => a.id));
      for (const argument of server.arguments) {
        expect([argument.conclusionId, ...argument.premiseIds].every((id) => ids.has(id))).toBe(true);
      }
      for (const attack of server.attacks) {
        expect(ids.has(attack.attackerId)).toBe(true);
        expect(
          "nodeId" in attack.target ? ids.has(attack.target.nodeId) : argumentIds.has(attack.target.argumentId),
        ).toBe(true);
      }
    }
  });
});
