import { describe, expect, it } from "vitest";
import { linkStatements, removeNode, updateNode } from "@/lib/argument/edit-map";
import { applyOperations, diffGraphs, type MapOperation } from "@/lib/argument/map-operations";
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
      (g) => ({ ...g, attacks: [] }),
      (g) => ({ ...g, arguments: [{ ...support("a1", ["p", "q"], "c"), scheme: "expert-opinion" }] }),
      (g) => ({ ...g, arguments: [support("a1", ["q"], "p")] }),
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

  it("see no change between a property left out and one set to undefined or null, as JSON stores them", () => {
    const unset = { ...base, arguments: [{ ...support("a1", ["p"], "c"), scheme: undefined }] };
    expect(diffGraphs(base, unset as unknown as MapGraph)).toEqual([]);
    const answered = { ...base, arguments: [{ ...support("a1", ["p"], "c"), answers: { "1": undefined } }] };
    expect(diffGraphs(base, answered as unknown as MapGraph)).toEqual([]);
  });

  it("see a change in the order of an argument's premises and in an answer", () => {
    const two: MapGraph = { ...base, arguments: [support("a1", ["p", "q"], "c")] };
    const swapped: MapGraph = { ...base, arguments: [support("a1", ["q", "p"], "c")] };
    expect(diffGraphs(two, swapped)).toEqual([{ op: "updateArgument", id: "a1", set: { premiseIds: ["q", "p"] } }]);
    const answered: MapGraph = { ...base, arguments: [{ ...support("a1", ["p"], "c"), answers: { "1": "fails" } }] };
    expect(diffGraphs(base, answered)).toEqual([
      { op: "updateArgument", id: "a1", set: { answers: { "1": "fails" } } },
    ]);
  });

  it("send the premise a reader picked for a scheme's role, so it is saved like an answer", () => {
    const picked: MapGraph = { ...base, arguments: [{ ...support("a1", ["p"], "c"), roles: { "1": "p" } }] };
    const ops = diffGraphs(base, picked);
    expect(ops).toEqual([{ op: "updateArgument", id: "a1", set: { roles: { "1": "p" } } }]);
    expect(applyOperations(base, ops).graph).toEqual(picked);
  });

  it("keep both premises two readers add to one argument at once (a premise joins, the list is not replaced)", () => {
    const ana = diffGraphs(base, {
      ...base,
      nodes: [...base.nodes, freeNode("na")],
      arguments: [support("a1", ["p", "na"], "c")],
    });
    const ben = diffGraphs(base, {
      ...base,
      nodes: [...base.nodes, freeNode("nb")],
      arguments: [support("a1", ["p", "nb"], "c")],
    });
    expect(ana).toContainEqual({ op: "addPremise", id: "a1", premiseId: "na" });
    const both = applyOperations(base, [...ana, ...ben]);
    expect(both.skipped).toEqual([]);
    expect(both.graph.arguments[0]!.premiseIds).toEqual(["p", "na", "nb"]);
    // A premise already there, or the conclusion itself, is not added twice; one for a gone argument is skipped.
    const again = applyOperations(both.graph, [{ op: "addPremise", id: "a1", premiseId: "na" }]);
    expect(again.graph.arguments[0]!.premiseIds).toEqual(["p", "na", "nb"]);
    const gone = { op: "addPremise", id: "zz", premiseId: "na" } as const;
    expect(applyOperations(both.graph, [gone, { op: "addPremise", id: "a1", premiseId: "c" }]).skipped).toHaveLength(2);
  });

  it("replace a statement whose passage changed, since a statement keeps its passage for life", () => {
    const moved: MapGraph = {
      ...base,
      nodes: base.nodes.map((n) => (n.id === "q" ? { ...n, annotationId: "11111111-1111-4111-8111-111111111111" } : n)),
    };
    const ops = diffGraphs(base, moved);
    expect(ops).toEqual([
      { op: "removeNode", id: "q" },
      { op: "addNode", node: moved.nodes[2] },
    ]);
    expect(applyOperations(base, ops)).toEqual({
      graph: { ...base, nodes: [...base.nodes.filter((n) => n.id !== "q"), moved.nodes[2]] },
      skipped: [],
    });
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

  it("skip an addition whose id is already taken by a statement, an argument or an attack", () => {
    const ops = [
      { op: "addNode", node: freeNode("a1") },
      { op: "addNode", node: freeNode("x1") },
      { op: "addNode", node: freeNode("p") },
      { op: "addArgument", argument: support("q", ["p"], "c") },
      { op: "addArgument", argument: support("x1", ["p"], "c") },
      { op: "addAttack", attack: { id: "a1", attackerId: "q", target: { nodeId: "c" } } },
    ] as const;
    const { graph, skipped } = applyOperations(base, ops);
    expect(graph).toEqual(base);
    expect(skipped).toEqual(ops);
  });

  it("skip an attack whose attacker or target is gone, and land one whose target is there", () => {
    const attack = (id: string, attackerId: string, target: { nodeId: string } | { argumentId: string }) =>
      ({ op: "addAttack", attack: { id, attackerId, target } }) as const;
    const ops = [
      attack("t1", "gone", { nodeId: "c" }),
      attack("t2", "q", { nodeId: "gone" }),
      attack("t3", "q", { argumentId: "gone" }),
      attack("t4", "q", { argumentId: "a1" }),
    ];
    const { graph, skipped } = applyOperations(base, ops);
    expect(skipped).toEqual(ops.slice(0, 3));
    expect(graph.attacks).toEqual([...base.attacks, ops[3].attack]);
  });

  it("remove only the attack named, and skip removing one that is gone", () => {
    const two: MapGraph = {
      ...base,
      attacks: [...base.attacks, { id: "x2", attackerId: "q", target: { argumentId: "a1" } }],
    };
    const { graph, skipped } = applyOperations(two, [
      { op: "removeAttack", id: "x1" },
      { op: "removeAttack", id: "x1" },
    ]);
    expect(graph.attacks.map((a) => a.id)).toEqual(["x2"]);
    expect(skipped).toEqual([{ op: "removeAttack", id: "x1" }]);
  });

  it("update only the argument named, with the properties sent", () => {
    const two: MapGraph = { ...base, arguments: [...base.arguments, support("a2", ["q"], "c")] };
    const { graph, skipped } = applyOperations(two, [
      { op: "updateArgument", id: "a2", set: { conclusionId: "p", scheme: "expert-opinion" } },
    ]);
    expect(skipped).toEqual([]);
    expect(graph.arguments).toEqual([base.arguments[0], { ...support("a2", ["q"], "p"), scheme: "expert-opinion" }]);
  });

  it("drop the premises someone else removed from an argument update, and skip it if none is left", () => {
    const removed = applyOperations(base, [{ op: "removeNode", id: "q" }]).graph;
    const widened = applyOperations(removed, [
      { op: "updateArgument", id: "a1", set: { premiseIds: ["p", "q", "p"] } },
    ]);
    expect(widened).toEqual({ graph: removed, skipped: [] });
    const moved: MapOperation = { op: "updateArgument", id: "a1", set: { premiseIds: ["q"] } };
    expect(applyOperations(removed, [moved])).toEqual({ graph: removed, skipped: [moved] });
  });

  it("skip an argument update to a conclusion that is gone, or of an argument that is gone", () => {
    const ops = [
      { op: "updateArgument", id: "a1", set: { conclusionId: "gone" } },
      { op: "updateArgument", id: "gone", set: { scheme: "expert-opinion" } },
    ] as const;
    expect(applyOperations(base, ops)).toEqual({ graph: base, skipped: ops });
  });

  it("skip an argument update that would make a statement its own premise, as adding one does", () => {
    // a1 is p → c: moving its conclusion onto its premise, or its premises onto its conclusion.
    const ops: MapOperation[] = [
      { op: "updateArgument", id: "a1", set: { conclusionId: "p" } },
      { op: "updateArgument", id: "a1", set: { premiseIds: ["q", "c"] } },
    ];
    expect(applyOperations(base, ops)).toEqual({ graph: base, skipped: ops });
    const fine: MapOperation = { op: "updateArgument", id: "a1", set: { conclusionId: "q" } };
    expect(applyOperations(base, [fine]).skipped).toEqual([]);
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

  it("let a statement that stands in for another receive the updates and attacks meant for that one", () => {
    const passage = (id: string) => ({
      ...freeNode(id, "claim"),
      annotationId: "11111111-1111-4111-8111-111111111111",
    });
    const ana = applyOperations(base, [{ op: "addNode", node: passage("na") }]).graph;
    const { graph, skipped } = applyOperations(ana, [
      { op: "addNode", node: passage("nb") },
      { op: "addAttack", attack: { id: "x2", attackerId: "nb", target: { nodeId: "c" } } },
      { op: "addAttack", attack: { id: "x3", attackerId: "o", target: { nodeId: "nb" } } },
      { op: "updateArgument", id: "a1", set: { conclusionId: "nb" } },
      { op: "addArgument", argument: support("a2", ["q"], "c") },
      { op: "updateArgument", id: "a2", set: { premiseIds: ["nb", "q"] } },
    ]);
    expect(skipped.map((op) => op.op)).toEqual(["addNode"]);
    expect(graph.attacks.slice(1)).toEqual([
      { id: "x2", attackerId: "na", target: { nodeId: "c" } },
      { id: "x3", attackerId: "o", target: { nodeId: "na" } },
    ]);
    expect(graph.arguments).toEqual([support("a1", ["p"], "na"), support("a2", ["na", "q"], "c")]);
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
