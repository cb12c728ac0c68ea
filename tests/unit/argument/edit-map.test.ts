import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addStatement,
  changeRelation,
  ensureAnnotationNode,
  joinArguments,
  linkStatements,
  newLocalId,
  removeLink,
  removeNode,
  splitArgument,
  updateArgument,
  updateNode,
} from "@/lib/argument/edit-map";
import { ZMapGraph, type MapGraph, type MapNode } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

const ANNOTATION_A = "11111111-1111-4111-8111-111111111111";
const ANNOTATION_B = "22222222-2222-4222-8222-222222222222";

/** c ← a1 ← p; o attacks c; u undercuts a1; q and r free. */
const base: MapGraph = {
  nodes: [
    freeNode("c", "claim"),
    freeNode("p"),
    freeNode("q"),
    freeNode("r"),
    freeNode("o", "objection"),
    freeNode("u"),
  ],
  arguments: [support("a1", ["p"], "c")],
  attacks: [
    { id: "x1", attackerId: "o", target: { nodeId: "c" } },
    { id: "x2", attackerId: "u", target: { argumentId: "a1" } },
  ],
};
const frozen = structuredClone(base);

/** What `edit` added to `before`'s list: the items whose ids were not there. */
function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const ids = new Set(before.map((item) => item.id));
  return after.filter((item) => !ids.has(item.id));
}

afterEach(() => {
  vi.restoreAllMocks();
  // No edit may change the graph it was given.
  expect(base).toEqual(frozen);
});

describe("newLocalId", () => {
  it("makes ids of the prefix then lowercase letters and digits, valid map ids, all different", () => {
    const ids = Array.from({ length: 1000 }, () => newLocalId("n"));
    for (const id of ids) expect(id).toMatch(/^n[a-z0-9]{6,20}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ZMapGraph.safeParse({ nodes: ids.map((id) => freeNode(id)), arguments: [], attacks: [] }).success).toBe(
      true,
    );
  });

  it("makes different ids within one millisecond even when the random part repeats", () => {
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const ids = Array.from({ length: 200 }, () => newLocalId("a"));
    for (const id of ids) expect(id).toMatch(/^a[a-z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("ensureAnnotationNode", () => {
  const annotated: MapGraph = {
    ...base,
    nodes: [
      ...base.nodes,
      { ...freeNode("na"), annotationId: ANNOTATION_A },
      { ...freeNode("nb"), annotationId: ANNOTATION_B },
    ],
  };

  it("returns the node already standing for the annotation, and the graph as it was", () => {
    const result = ensureAnnotationNode(annotated, { id: ANNOTATION_B, kind: "claim", quote: "Other words." });
    expect(result.nodeId).toBe("nb");
    expect(result.graph).toBe(annotated);
  });

  it("adds a node for a new annotation: its kind, its quote on one line, no position yet", () => {
    const result = ensureAnnotationNode(base, {
      id: ANNOTATION_A,
      kind: "evidence",
      quote: "  Trains\n\n  run\tlate. ",
    });
    const [node] = added(base.nodes, result.graph.nodes);
    expect(result.graph.nodes).toEqual([...base.nodes, node]);
    expect(node).toEqual({
      id: result.nodeId,
      annotationId: ANNOTATION_A,
      kind: "evidence",
      text: "Trains run late.",
      position: null,
    });
    expect(result.nodeId).toMatch(/^n/);
    expect(result.graph.arguments).toBe(base.arguments);
    expect(result.graph.attacks).toBe(base.attacks);
  });

  it("cuts a long quote to the 5,000 characters a statement can hold", () => {
    const { graph } = ensureAnnotationNode(base, { id: ANNOTATION_A, kind: "claim", quote: `a ${"b".repeat(6000)}` });
    const [node] = added(base.nodes, graph.nodes);
    expect(node!.text).toBe(`a ${"b".repeat(4998)}`);
  });

  it("gives a blank passage a placeholder text, since a statement needs text", () => {
    const { graph } = ensureAnnotationNode(base, { id: ANNOTATION_A, kind: "claim", quote: " \n\t " });
    expect(added(base.nodes, graph.nodes)[0]!.text).toBe("(empty passage)");
  });
});

describe("addStatement", () => {
  it("adds a free statement of kind statement unless told otherwise", () => {
    const first = addStatement(base, "Unstated premise.");
    expect(added(base.nodes, first.graph.nodes)).toEqual([
      {
        id: first.nodeId,
        annotationId: null,
        kind: "statement",
        text: "Unstated premise.",
        position: null,
        unstated: true,
      },
    ]);
    expect(first.graph.nodes.slice(0, base.nodes.length)).toEqual(base.nodes);
    const second = addStatement(first.graph, "Counter.", "objection");
    expect(second.graph.nodes.at(-1)).toEqual({
      id: second.nodeId,
      annotationId: null,
      kind: "objection",
      text: "Counter.",
      position: null,
    });
    expect(second.nodeId).not.toBe(first.nodeId);
  });
});

describe("linkStatements", () => {
  it("refuses to link a statement to itself, whatever the relation", () => {
    expect(() => linkStatements(base, "p", "p", "supports")).toThrow("cannot be linked to itself");
    expect(() => linkStatements(base, "o", "o", "attacks")).toThrow("cannot be linked to itself");
  });

  it("adds a support as a one-premise argument with no scheme or answers", () => {
    const next = linkStatements(base, "q", "c", "supports");
    const [argument] = added(base.arguments, next.arguments);
    expect(next.arguments).toEqual([...base.arguments, argument]);
    expect(argument).toEqual({ id: argument!.id, conclusionId: "c", premiseIds: ["q"], scheme: null, answers: {} });
    expect(argument!.id).toMatch(/^a/);
    expect(next.attacks).toBe(base.attacks);
    expect(next.nodes).toBe(base.nodes);
  });

  it("leaves the graph as it is when the premise already supports that conclusion, alone or with others", () => {
    expect(linkStatements(base, "p", "c", "supports")).toBe(base);
    const linked: MapGraph = { ...base, arguments: [support("a0", ["q"], "r"), support("a1", ["q", "p"], "c")] };
    expect(linkStatements(linked, "p", "c", "supports")).toBe(linked);
  });

  it("adds a support from a premise that so far supports another conclusion, or into an empty map", () => {
    const next = linkStatements(base, "p", "q", "supports");
    expect(added(base.arguments, next.arguments)).toMatchObject([{ conclusionId: "q", premiseIds: ["p"] }]);
    const empty: MapGraph = { ...base, arguments: [], attacks: [] };
    expect(linkStatements(empty, "p", "c", "supports").arguments).toMatchObject([
      { conclusionId: "c", premiseIds: ["p"] },
    ]);
  });

  it("adds an attack on a statement", () => {
    const next = linkStatements(base, "q", "c", "attacks");
    const [attack] = added(base.attacks, next.attacks);
    expect(next.attacks).toEqual([...base.attacks, attack]);
    expect(attack).toEqual({ id: attack!.id, attackerId: "q", target: { nodeId: "c" } });
    expect(attack!.id).toMatch(/^x/);
    expect(next.arguments).toBe(base.arguments);
  });

  it("leaves the graph as it is when that attack exists, and adds it when only similar ones do", () => {
    expect(linkStatements(base, "o", "c", "attacks")).toBe(base);
    // o attacks another statement; u undercuts a reason for c; another attacker on c.
    expect(added(base.attacks, linkStatements(base, "o", "p", "attacks").attacks)).toMatchObject([
      { attackerId: "o", target: { nodeId: "p" } },
    ]);
    expect(added(base.attacks, linkStatements(base, "u", "c", "attacks").attacks)).toMatchObject([
      { attackerId: "u", target: { nodeId: "c" } },
    ]);
    const noAttacks: MapGraph = { ...base, attacks: [] };
    expect(linkStatements(noAttacks, "o", "c", "attacks").attacks).toMatchObject([
      { attackerId: "o", target: { nodeId: "c" } },
    ]);
  });

  it("adds an undercut of the named argument into the statement", () => {
    const two: MapGraph = { ...base, arguments: [...base.arguments, support("a2", ["q"], "c")] };
    const next = linkStatements(two, "r", "c", "undercuts", "a2");
    const [attack] = added(two.attacks, next.attacks);
    expect(next.attacks).toEqual([...two.attacks, attack]);
    expect(attack).toEqual({ id: attack!.id, attackerId: "r", target: { argumentId: "a2" } });
    expect(attack!.id).toMatch(/^x/);
    expect(next.arguments).toBe(two.arguments);
  });

  it("refuses an undercut without an argument, or with one that concludes elsewhere", () => {
    const elsewhere: MapGraph = { ...base, arguments: [...base.arguments, support("a2", ["q"], "p")] };
    expect(() => linkStatements(elsewhere, "r", "c", "undercuts")).toThrow("An undercut needs");
    expect(() => linkStatements(elsewhere, "r", "c", "undercuts", "a2")).toThrow("An undercut needs");
    expect(() => linkStatements(elsewhere, "r", "c", "undercuts", "a9")).toThrow("An undercut needs");
  });

  it("leaves the graph as it is when that undercut exists, and adds it when only similar ones do", () => {
    expect(linkStatements(base, "u", "c", "undercuts", "a1")).toBe(base);
    const two: MapGraph = {
      ...base,
      arguments: [...base.arguments, support("a2", ["q"], "c")],
      attacks: [...base.attacks, { id: "x3", attackerId: "r", target: { nodeId: "c" } }],
    };
    // u undercuts a1, not a2; o undercuts nothing; r attacks c itself.
    for (const [attacker, argumentId] of [
      ["u", "a2"],
      ["o", "a1"],
      ["r", "a1"],
    ] as const) {
      expect(added(two.attacks, linkStatements(two, attacker, "c", "undercuts", argumentId).attacks)).toMatchObject([
        { attackerId: attacker, target: { argumentId } },
      ]);
    }
    const noAttacks: MapGraph = { ...base, attacks: [] };
    expect(linkStatements(noAttacks, "u", "c", "undercuts", "a1").attacks).toMatchObject([
      { attackerId: "u", target: { argumentId: "a1" } },
    ]);
  });
});

describe("joinArguments", () => {
  const convergent: MapGraph = {
    ...base,
    arguments: [
      { ...support("a1", ["p"], "c"), scheme: "expert-opinion", answers: { "0": "answered" } },
      support("a0", ["p"], "q"),
      support("a2", ["q", "p"], "c"),
      support("a3", ["r"], "c"),
    ],
    attacks: [
      ...base.attacks,
      { id: "x3", attackerId: "o", target: { argumentId: "a3" } },
      { id: "x4", attackerId: "r", target: { argumentId: "a0" } },
    ],
  };

  it("joins two reasons into the first, premises once each, and moves undercuts of the other to it", () => {
    const next = joinArguments(convergent, ["a3", "a1"]);
    expect(next.arguments).toEqual([
      { ...convergent.arguments[0], premiseIds: ["p", "r"] },
      convergent.arguments[1],
      convergent.arguments[2],
    ]);
    expect(next.attacks).toEqual([
      ...base.attacks,
      { id: "x3", attackerId: "o", target: { argumentId: "a1" } },
      { id: "x4", attackerId: "r", target: { argumentId: "a0" } },
    ]);
    expect(next.nodes).toBe(convergent.nodes);
  });

  it("joins three reasons, a premise they share listed once", () => {
    const next = joinArguments(convergent, ["a1", "a2", "a3"]);
    expect(next.arguments).toEqual([
      { ...convergent.arguments[0], premiseIds: ["p", "q", "r"] },
      convergent.arguments[1],
    ]);
    expect(next.attacks.map((a) => a.target)).toEqual([
      { nodeId: "c" },
      { argumentId: "a1" },
      { argumentId: "a1" },
      { argumentId: "a0" },
    ]);
  });

  it("refuses fewer than two reasons, or reasons for different conclusions", () => {
    expect(() => joinArguments(convergent, ["a1"])).toThrow("Pick two or more reasons for the same conclusion");
    expect(() => joinArguments(convergent, ["a1", "a9"])).toThrow("Pick two or more");
    expect(() => joinArguments(convergent, [])).toThrow("Pick two or more");
    expect(() => joinArguments(convergent, ["a1", "a0"])).toThrow("Pick two or more");
    expect(() => joinArguments(convergent, ["a1", "a2", "a0"])).toThrow("Pick two or more");
  });
});

describe("splitArgument", () => {
  const linked: MapGraph = {
    ...base,
    arguments: [
      support("a0", ["q"], "p"),
      { ...support("a1", ["p", "q", "r"], "c"), scheme: "expert-opinion", answers: { "1": "fails" } },
      support("a2", ["q", "r"], "p"),
    ],
  };

  it("splits a linked argument into one-premise arguments, the first keeping its id and undercuts", () => {
    const next = splitArgument(linked, "a1");
    const parts = added(linked.arguments, next.arguments);
    expect(parts).toHaveLength(2);
    expect(next.arguments).toEqual([
      linked.arguments[0],
      { ...linked.arguments[1], premiseIds: ["p"] },
      { ...linked.arguments[1], id: parts[0]!.id, premiseIds: ["q"] },
      { ...linked.arguments[1], id: parts[1]!.id, premiseIds: ["r"] },
      linked.arguments[2],
    ]);
    expect(parts[0]!.id).toMatch(/^a/);
    expect(parts[0]!.id).not.toBe(parts[1]!.id);
    expect(next.attacks).toBe(linked.attacks);
    expect(next.nodes).toBe(linked.nodes);
  });

  it("splits an argument of two premises", () => {
    const next = splitArgument(linked, "a2");
    expect(next.arguments.slice(0, 3)).toEqual(linked.arguments.slice(0, 2).concat(support("a2", ["q"], "p")));
    expect(next.arguments[3]).toMatchObject({ conclusionId: "p", premiseIds: ["r"] });
  });

  it("leaves the graph as it is for an argument of one premise or an unknown id", () => {
    expect(splitArgument(linked, "a0")).toBe(linked);
    expect(splitArgument(linked, "a9")).toBe(linked);
  });
});

describe("updateNode and updateArgument", () => {
  it("change only the given fields of the one node", () => {
    const next = updateNode(base, "q", { text: "Retyped.", position: { x: 1, y: 2 } });
    expect(next.nodes).toEqual(
      base.nodes.map((n): MapNode => (n.id === "q" ? { ...n, text: "Retyped.", position: { x: 1, y: 2 } } : n)),
    );
    expect(next.nodes[0]).toBe(base.nodes[0]);
    expect(next.arguments).toBe(base.arguments);
    expect(updateNode(base, "c", { kind: "objection" }).nodes[0]).toEqual({ ...base.nodes[0], kind: "objection" });
  });

  it("change only the given fields of the one argument", () => {
    const two: MapGraph = { ...base, arguments: [...base.arguments, support("a2", ["q"], "c")] };
    const next = updateArgument(two, "a2", { scheme: "analogy" });
    expect(next.arguments).toEqual([two.arguments[0], { ...two.arguments[1], scheme: "analogy" }]);
    expect(next.nodes).toBe(two.nodes);
    expect(updateArgument(two, "a1", { answers: { "2": "open" } }).arguments[0]).toEqual({
      ...two.arguments[0],
      answers: { "2": "open" },
    });
  });
});

describe("removeNode", () => {
  const web: MapGraph = {
    nodes: base.nodes,
    arguments: [support("a1", ["p"], "c"), support("a2", ["q", "p"], "r"), support("a3", ["r"], "q")],
    attacks: [
      { id: "x1", attackerId: "o", target: { nodeId: "c" } },
      { id: "x2", attackerId: "u", target: { argumentId: "a1" } },
      { id: "x3", attackerId: "u", target: { argumentId: "a2" } },
      { id: "x4", attackerId: "p", target: { nodeId: "o" } },
      { id: "x5", attackerId: "o", target: { argumentId: "a3" } },
    ],
  };

  it("drops a premise from the arguments it is in, and the arguments it alone supported with their undercuts", () => {
    const next = removeNode(web, "p");
    expect(next).toEqual({
      nodes: web.nodes.filter((n) => n.id !== "p"),
      arguments: [support("a2", ["q"], "r"), support("a3", ["r"], "q")],
      attacks: [web.attacks[0], web.attacks[2], web.attacks[4]],
    });
    expect(ZMapGraph.safeParse(next).success).toBe(true);
  });

  it("drops the arguments a statement concludes and the attacks on and by it", () => {
    expect(removeNode(web, "c")).toEqual({
      nodes: web.nodes.filter((n) => n.id !== "c"),
      arguments: web.arguments.slice(1),
      attacks: [web.attacks[2], web.attacks[3], web.attacks[4]],
    });
    expect(removeNode(web, "o")).toEqual({
      nodes: web.nodes.filter((n) => n.id !== "o"),
      arguments: web.arguments,
      attacks: web.attacks.slice(1, 3),
    });
  });

  it("drops the restatements of and by a statement, and keeps the others", () => {
    const restatements = [
      { id: "m1", fromId: "p", toId: "q" },
      { id: "m2", fromId: "r", toId: "p" },
      { id: "m3", fromId: "q", toId: "r" },
    ];
    const next = removeNode({ ...web, restatements }, "p");
    expect(next.restatements).toEqual([restatements[2]]);
    expect(ZMapGraph.safeParse(next).success).toBe(true);
    // A map without restatements gets none.
    expect(removeNode(web, "p")).not.toHaveProperty("restatements");
  });
});

describe("removeLink", () => {
  it("removes an argument with the undercuts of it", () => {
    const two: MapGraph = { ...base, arguments: [...base.arguments, support("a2", ["q"], "c")] };
    expect(removeLink(two, "a1")).toEqual({ ...two, arguments: [two.arguments[1]], attacks: [base.attacks[0]] });
  });

  it("removes an attack or an undercut by its id, and nothing else", () => {
    expect(removeLink(base, "x1")).toEqual({ ...base, attacks: [base.attacks[1]] });
    expect(removeLink(base, "x2")).toEqual({ ...base, attacks: [base.attacks[0]] });
    expect(removeLink(base, "zz")).toEqual(base);
  });
});

describe("changeRelation", () => {
  it("turns a support into an attack on the same statement, dropping undercuts of the support", () => {
    const next = changeRelation(base, "a1", "attacks");
    expect(next.arguments).toEqual([]);
    const [attack] = added(base.attacks, next.attacks);
    expect(next.attacks).toEqual([base.attacks[0], attack]);
    expect(attack).toMatchObject({ attackerId: "p", target: { nodeId: "c" } });
  });

  it("turns an attack on a statement into a support of it", () => {
    const next = changeRelation(base, "x1", "supports");
    expect(next.attacks).toEqual([base.attacks[1]]);
    expect(added(base.arguments, next.arguments)).toMatchObject([
      { conclusionId: "c", premiseIds: ["o"], scheme: null, answers: {} },
    ]);
  });

  it("leaves the graph as it is for an undercut, a linked argument or an unknown id", () => {
    expect(changeRelation(base, "x2", "supports")).toBe(base);
    const linked: MapGraph = { ...base, arguments: [support("a1", ["p", "q"], "c")] };
    expect(changeRelation(linked, "a1", "attacks")).toBe(linked);
    expect(changeRelation(base, "zz", "attacks")).toBe(base);
  });
});

describe("supports of a whole argument (Argdown's '+> <A>') follow edits", () => {
  const graph: MapGraph = {
    nodes: [freeNode("p"), freeNode("q"), freeNode("c"), freeNode("s")],
    arguments: [support("a", ["p"], "c"), support("b", ["q"], "c")],
    attacks: [],
    argumentSupports: [
      { id: "sa", premiseId: "s", argumentId: "a" },
      { id: "sb", premiseId: "s", argumentId: "b" },
    ],
  };
  const valid = (result: MapGraph) => expect(ZMapGraph.safeParse(result).success).toBe(true);

  it("go with the statement that gives them or the argument they support", () => {
    valid(removeNode(graph, "s"));
    expect(removeNode(graph, "s").argumentSupports).toEqual([]);
    expect(removeNode(graph, "p").argumentSupports).toEqual([{ id: "sb", premiseId: "s", argumentId: "b" }]);
    expect(removeLink(graph, "a").argumentSupports).toEqual([{ id: "sb", premiseId: "s", argumentId: "b" }]);
    expect(removeLink(graph, "sb").argumentSupports).toEqual([{ id: "sa", premiseId: "s", argumentId: "a" }]);
    valid(removeLink(graph, "a"));
  });

  it("move to the argument two are joined into", () => {
    const joined = joinArguments(graph, ["a", "b"]);
    valid(joined);
    expect(joined.argumentSupports?.map((support) => support.argumentId)).toEqual(["a", "a"]);
  });
});
