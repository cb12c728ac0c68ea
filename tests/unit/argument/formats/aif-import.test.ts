import { describe, expect, it } from "vitest";
import { toAif } from "@/lib/argument/formats/aif-export";
import { aifTitle, fromAif, importAif } from "@/lib/argument/formats/aif-import";
import type { AifNode } from "@/lib/argument/formats/aif-document";
import { AifImportError } from "@/lib/argument/formats/aif-import-error";
import { ZMapGraph } from "@/lib/validation/argument-map";
import AIFDB_CONGESTION from "@/tests/fixtures/argument/aifdb-congestion.json";
import { EXCHANGE_MAP } from "@/tests/fixtures/argument/exchange-map";

const node = (nodeID: string | number, type: string, text = `node ${nodeID}`) => ({ nodeID, text, type });
const edge = (edgeID: string | number, fromID: string | number, toID: string | number) => ({ edgeID, fromID, toID });

/** A small valid AIF: I1, I2 → RA3 → I4, I5 → CA6 → I4. */
const VALID = {
  nodes: [node(1, "I"), node(2, "I"), node(3, "RA", "Default Inference"), node(4, "I"), node(5, "I"), node(6, "CA")],
  edges: [edge(11, 1, 3), edge(12, 2, 3), edge(13, 3, 4), edge(14, 5, 6), edge(15, 6, 4)],
};
const withNodes = (...extra: object[]) => ({ ...VALID, nodes: [...VALID.nodes, ...extra] });
const withEdges = (...extra: object[]) => ({ ...VALID, edges: [...VALID.edges, ...extra] });
/** VALID with `warrant` set on the node with AIF id `nodeID`. */
const withWarrant = (nodeID: number, warrant: unknown) => ({
  ...VALID,
  nodes: VALID.nodes.map((n) => (n.nodeID === nodeID ? { ...n, warrant } : n)),
});

/** The map fromAif reads, without what it keeps aside for the export. */
function mapOf(json: unknown) {
  const { aif: _kept, ...map } = fromAif(json);
  return map;
}

function importError(json: unknown): string {
  try {
    fromAif(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AifImportError);
    expect((error as Error).name).toBe("AifImportError");
    return (error as Error).message;
  }
  throw new Error("fromAif accepted it");
}

describe("fromAif", () => {
  it("reads back exactly what toAif wrote, ids included", () => {
    expect(fromAif(toAif(EXCHANGE_MAP, { title: "t" }))).toEqual(EXCHANGE_MAP);
    expect(fromAif(JSON.stringify(toAif(EXCHANGE_MAP)))).toEqual(EXCHANGE_MAP);
  });

  it("reads an AIFdb nodeset with its dialogical layer (L, TA, YA, MA, PA) left out", () => {
    const graph = fromAif(AIFDB_CONGESTION);
    expect(ZMapGraph.parse(graph)).toEqual(graph);
    expect(graph.nodes.map((n) => [n.id, n.text])).toEqual([
      ["n90002", "Congestion charges cut traffic in London by a third"],
      ["n90005", "Traffic crept back within a decade"],
      ["n90011", "The Transport for London report says that congestion charges cut traffic by a third"],
      ["n90017", "TfL designed the scheme, so its report is hardly neutral"],
      ["n90021", "Charging drivers is fair"],
      ["n90022", "Drivers should pay for the road space they use"],
      ["n90024", "The charge should be kept"],
      ["n90027", "London's charge reduced traffic"],
    ]);
    expect(new Set(graph.nodes.map((n) => `${n.kind} ${n.annotationId} ${n.position}`))).toEqual(
      new Set(["statement null null"]),
    );
    expect(graph.arguments).toEqual([
      { id: "a90015", conclusionId: "n90002", premiseIds: ["n90011"], scheme: "expert-opinion", answers: {} },
      { id: "a90023", conclusionId: "n90021", premiseIds: ["n90022"], scheme: null, answers: {} },
      { id: "a90025", conclusionId: "n90024", premiseIds: ["n90002", "n90021"], scheme: null, answers: {} },
      {
        id: "a90031",
        conclusionId: "n90024",
        premiseIds: ["n90027"],
        scheme: "Argument From Verbal Classification",
        answers: {},
      },
    ]);
    expect(graph.attacks).toEqual([
      { id: "x90009", attackerId: "n90005", target: { nodeId: "n90002" } },
      { id: "x90019", attackerId: "n90017", target: { argumentId: "a90015" } },
    ]);
  });

  it("unwraps OVA's and xAIF's documents and takes numeric ids", () => {
    const expected = mapOf(VALID);
    expect(mapOf({ AIF: VALID, OVA: { nodes: [], edges: [] } })).toEqual(expected);
    expect(mapOf({ aif: VALID })).toEqual(expected);
    expect(expected).toEqual({
      nodes: ["n1", "n2", "n4", "n5"].map((id) => ({
        id,
        annotationId: null,
        kind: "statement",
        text: `node ${id.slice(1)}`,
        position: null,
      })),
      arguments: [{ id: "a3", conclusionId: "n4", premiseIds: ["n1", "n2"], scheme: null, answers: {} }],
      attacks: [{ id: "x6", attackerId: "n5", target: { nodeId: "n4" } }],
    });
  });

  it("reads schemes from RA texts: catalogue names in any spelling, others as they are, cut to 64", () => {
    const schemeOf = (text: string) =>
      fromAif({ ...VALID, nodes: VALID.nodes.map((n) => (n.nodeID === 3 ? { ...n, text } : n)) }).arguments[0].scheme;
    expect(schemeOf("Argument From Expert Opinion")).toBe("expert-opinion");
    expect(schemeOf("Expert Opinion")).toBe("expert-opinion");
    expect(schemeOf("default inference")).toBe(null);
    expect(schemeOf("Practical Reasoning")).toBe("Practical Reasoning");
    expect(schemeOf("x".repeat(80))).toBe("x".repeat(64));
  });

  it("makes one attack per attacker of a CA and new ids where extras clash", () => {
    const graph = fromAif({ nodes: [...VALID.nodes, node(7, "I")], edges: [...VALID.edges, edge(16, 7, 6)] });
    expect(graph.attacks).toEqual([
      { id: "x6", attackerId: "n5", target: { nodeId: "n4" } },
      { id: "x6-2", attackerId: "n7", target: { nodeId: "n4" } },
    ]);
    const document = toAif(EXCHANGE_MAP);
    const clash = {
      ...document,
      nodes: document.nodes.map((n, i) =>
        i === 1 ? { ...n, warrant: { ...(n as AifNode).warrant, localId: "n-claim" } } : n,
      ),
    };
    // The second I-node claims the first one's id: it gets "n" + its AIF id instead.
    expect(
      fromAif(clash)
        .nodes.map((n) => n.id)
        .slice(0, 3),
    ).toEqual(["n-claim", "n2", "n-cost"]);
  });
  it("reads a node whose warrant is null as a plain node", () => {
    expect(mapOf(withWarrant(1, null))).toEqual(mapOf(VALID));
    expect(mapOf(withWarrant(3, null))).toEqual(mapOf(VALID));
  });

  it("numbers the nodes whose AIF ids cannot be map ids (a space, over 56 characters) in the order it meets them", () => {
    const long = "x".repeat(57);
    const graph = fromAif({
      nodes: [node("first claim", "I"), node(long, "I"), node("ra", "RA"), node(4, "I")],
      edges: [edge(1, "first claim", "ra"), edge(2, long, "ra"), edge(3, "ra", 4)],
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(["n1", "n2", "n4"]);
    expect(graph.arguments).toMatchObject([{ id: "ara", conclusionId: "n4", premiseIds: ["n1", "n2"] }]);
  });

  it("gives a CA's id from its warrant to its first attack and numbers the others", () => {
    const nodes = [
      node(1, "I"),
      node(2, "I"),
      node(3, "I"),
      node(4, "I"),
      { ...node(6, "CA"), warrant: { localId: "x-kept" } },
    ];
    const edges = [edge(11, 1, 6), edge(12, 2, 6), edge(13, 3, 6), edge(14, 6, 4)];
    expect(fromAif({ nodes, edges }).attacks).toEqual([
      { id: "x-kept", attackerId: "n1", target: { nodeId: "n4" } },
      { id: "x6", attackerId: "n2", target: { nodeId: "n4" } },
      { id: "x6-2", attackerId: "n3", target: { nodeId: "n4" } },
    ]);
    const plain = nodes.map((n) => node(n.nodeID, n.type));
    expect(fromAif({ nodes: plain, edges }).attacks.map((a) => a.id)).toEqual(["x6", "x6-2", "x6-3"]);
  });

  it("takes a repeated edge once on the map and keeps the repeat for the export", () => {
    const twice = withEdges(edge(21, 1, 3), edge(23, 3, 4), edge(24, 5, 6), edge(25, 6, 4));
    expect(mapOf(twice)).toEqual(mapOf(VALID));
    expect(fromAif(twice).aif!.edges.map((e) => e.edgeID)).toEqual([21, 23, 24, 25]);
  });

  it("reads a bare AIF document as it is, even with an `aif` property beside its nodes", () => {
    expect(mapOf({ ...VALID, aif: { nodes: [], edges: [] } })).toEqual(mapOf(VALID));
  });

  it("takes a statement of exactly 5,000 characters", () => {
    expect(fromAif(withNodes(node(7, "I", "x".repeat(5000)))).nodes.at(-1)!.text).toHaveLength(5000);
  });
});

describe("aifTitle", () => {
  it("reads back the title toAif kept, trimmed", () => {
    expect(aifTitle(toAif(EXCHANGE_MAP, { title: "The exchange" }))).toBe("The exchange");
    expect(aifTitle({ ...VALID, warrant: { title: "  Spaced  " } })).toBe("Spaced");
  });

  it("is null for plain AIF, a blank title or one that is not text", () => {
    for (const json of [VALID, null, 42, { warrant: null }, { warrant: {} }, { warrant: { title: " \n " } }]) {
      expect(aifTitle(json)).toBe(null);
    }
    expect(aifTitle({ warrant: { title: 7 } })).toBe(null);
    expect(aifTitle(toAif(EXCHANGE_MAP))).toBe(null);
  });
});

describe("fromAif refuses", () => {
  it.each([
    ["what is not an object", 42, 'This is not AIF: expected a JSON object with "nodes" and "edges" lists.'],
    ["text that is not JSON", "{nodes:", /^This is not JSON: /],
    ["null", null, 'This is not AIF: expected a JSON object with "nodes" and "edges" lists.'],
    ["nodes that are not a list", { nodes: {}, edges: [] }, "nodes must be a list"],
    ["a node without text", { nodes: [{ nodeID: "1", type: "I" }], edges: [] }, "nodes[0].text must be a string"],
    [
      "an edge with an id that is neither string nor number",
      withEdges({ edgeID: true, fromID: 1, toID: 3 }),
      "edges[5].edgeID must be a string or a number",
    ],
    [
      "a warrant extra of the wrong shape",
      {
        ...VALID,
        nodes: VALID.nodes.map((n) =>
          n.nodeID === 1 ? { ...n, warrant: { localId: "n1", kind: "banana", annotationId: null, position: null } } : n,
        ),
      },
      /^I-node 1 has a "warrant" property Warrant cannot read \(kind: /,
    ],
    [
      "a warrant extra that is not an object",
      withWarrant(1, 5),
      'I-node 1 has a "warrant" property Warrant cannot read (Invalid input: expected object, received number)',
    ],
    [
      "a warrant extra with a wrong position",
      withWarrant(1, { localId: "n1", kind: "claim", annotationId: null, position: { x: "a", y: 1 } }),
      'I-node 1 has a "warrant" property Warrant cannot read (position.x: Invalid input: expected number, received string)',
    ],
    [
      "an RA's warrant extra of the wrong shape",
      withWarrant(3, { localId: "a3" }),
      /^RA-node 3 has a "warrant" property /,
    ],
    ["a CA's warrant extra of the wrong shape", withWarrant(6, { localId: 6 }), /^CA-node 6 has a "warrant" property /],
    [
      "an argument of more premises than a map allows",
      {
        nodes: [...Array.from({ length: 21 }, (_, i) => node(i + 1, "I")), node(30, "RA"), node(31, "I")],
        edges: [...Array.from({ length: 21 }, (_, i) => edge(100 + i, i + 1, 30)), edge(200, 30, 31)],
      },
      "The map in this AIF is not valid: arguments.0.premiseIds: an argument has at most 20 premises",
    ],
  ])("%s", (_name, json, message) => {
    if (typeof message === "string") expect(importError(json)).toBe(message);
    else expect(importError(json)).toMatch(message);
  });
});

describe("importAif keeps what a map cannot hold, with a warning, instead of refusing the file", () => {
  /** The map's statements by text, and the AIF ids of the nodes kept aside. */
  function read(json: unknown) {
    const { graph, report } = importAif(json);
    return {
      statements: graph.nodes.map((n) => n.text),
      arguments: graph.arguments.length,
      attacks: graph.attacks.length,
      keptNodes: (graph.aif?.nodes ?? []).map((n) => n.nodeID),
      keptEdges: (graph.aif?.edges ?? []).map((e) => e.edgeID),
      warnings: report.warnings,
    };
  }

  it.each([
    [
      "an edge pointing at a missing node",
      withEdges(edge(12, 1, 99)),
      { keptEdges: [12], warnings: ["edge 12 joins node 99, which does not exist; it is kept as it is"] },
    ],
    [
      "an edge starting at a missing node",
      withEdges(edge(12, 98, 3)),
      { keptEdges: [12], warnings: ["edge 12 joins node 98, which does not exist; it is kept as it is"] },
    ],
    ["an unknown node type, isolated", withNodes(node(7, "XA")), { keptNodes: [7], warnings: [] }],
    [
      "an edge between two I-nodes",
      withEdges(edge(16, 1, 2)),
      { keptEdges: [16], warnings: ["edge 16 runs from I-node to I-node, which a map cannot draw; it is kept"] },
    ],
    [
      "a CA attacked by another CA: the attacked CA stays, the attacking one is kept aside",
      { nodes: [...VALID.nodes, node(7, "CA")], edges: [...VALID.edges, edge(16, 1, 7), edge(17, 7, 6)] },
      {
        attacks: 1,
        keptNodes: [7],
        keptEdges: [16, 17],
        warnings: ["CA-node 7 has no target a map can hold; it is kept in the file with its edges but not on the map"],
      },
    ],
    [
      "a CA whose attacker is an argument (RA → CA), not a statement",
      {
        nodes: [...VALID.nodes, node(7, "I"), node(8, "RA"), node(9, "CA")],
        edges: [...VALID.edges, edge(16, 7, 8), edge(17, 8, 9), edge(18, 9, 3)],
      },
      {
        arguments: 1,
        attacks: 1,
        keptNodes: [8, 9],
        keptEdges: [16, 17, 18],
        warnings: [
          "RA-node 8 has no conclusion a map can hold; it is kept in the file with its edges but not on the map",
          "CA-node 9 has no statement attacking it (what attacks it is not an I-node a map can hold); it is kept in the file with its edges but not on the map",
        ],
      },
    ],
    [
      "an RA without premise",
      { nodes: [node(1, "RA"), node(2, "I")], edges: [edge(1, 1, 2)] },
      { keptNodes: [1], warnings: [/^RA-node 1 has no premise a map can hold/] },
    ],
    [
      "an RA with two conclusions",
      withEdges(edge(16, 3, 5)),
      { arguments: 0, attacks: 1, keptNodes: [3], warnings: [/^RA-node 3 concludes several nodes \(4, 5\)/] },
    ],
    [
      "an RA concluding its own premise",
      { ...VALID, edges: [edge(11, 1, 3), edge(13, 3, 1), edge(14, 5, 6), edge(15, 6, 4)] },
      { arguments: 0, keptNodes: [3], warnings: [/^RA-node 3 has node 1 as both premise and conclusion/] },
    ],
    [
      "a CA with two targets",
      withEdges(edge(16, 6, 3)),
      { attacks: 0, keptNodes: [6], warnings: [/^CA-node 6 attacks several nodes \(4, 3\)/] },
    ],
    [
      "an I-node without text",
      withNodes(node(7, "I", "  ")),
      { keptNodes: [7], warnings: ["I-node 7 has no text; it is kept in the file but not on the map"] },
    ],
    [
      "an I-node over 5,000 characters",
      withNodes(node(7, "I", "x".repeat(5001))),
      { keptNodes: [7], warnings: [/^I-node 7 is longer than 5000 characters/] },
    ],
  ])("%s", (_name, json, expected) => {
    const { warnings, ...rest } = read(json);
    const { warnings: expectedWarnings, ...expectedRest } = expected;
    expect(rest).toMatchObject(expectedRest);
    expect(warnings).toHaveLength(expectedWarnings.length);
    expectedWarnings.forEach((warning, i) =>
      typeof warning === "string" ? expect(warnings[i]).toBe(warning) : expect(warnings[i]).toMatch(warning),
    );
  });

  it("merges a repeated identical node record; of conflicting ones keeps the first, with a warning", () => {
    expect(read(withNodes(node(4, "I"))).warnings).toEqual([]);
    expect(read(withNodes(node(4, "I"))).statements).toEqual(read(VALID).statements);
    const conflicting = read(withNodes(node(4, "I", "another text")));
    expect(conflicting.statements).toEqual(read(VALID).statements);
    expect(conflicting.warnings).toEqual(["node 4 appears twice with different contents; the first is kept"]);
  });

  it("keeps an isolated I-node as a free statement and reads nodes in any order", () => {
    const shuffled = {
      nodes: [...withNodes(node(7, "I", "alone")).nodes].reverse(),
      edges: [...VALID.edges].reverse(),
    };
    const graph = fromAif(shuffled);
    expect(graph.nodes.map((n) => n.text).sort()).toEqual([...read(VALID).statements, "alone"].sort());
    expect(graph.arguments[0]).toMatchObject({ conclusionId: "n4", premiseIds: ["n2", "n1"] });
    expect(graph.attacks).toEqual([{ id: "x6", attackerId: "n5", target: { nodeId: "n4" } }]);
  });

  it("warns of locutions naming missing nodes or unlisted participants, and keeps them", () => {
    const json = {
      ...withNodes(node(7, "L", "Ana : node 1")),
      locutions: [
        { nodeID: 7, personID: 1 },
        { nodeID: 70, personID: 1 },
        { nodeID: 7, personID: 2 },
      ],
      participants: [{ participantID: 1, firstname: "Ana", surname: "" }],
    };
    const { graph, report } = importAif(json);
    expect(report.warnings).toEqual([
      "a locution names node 70, which does not exist; it is kept as it is",
      "the locution of node 7 names participant 2, who is not listed",
    ]);
    expect(graph.aif!.rest).toEqual({ locutions: json.locutions, participants: json.participants });
  });

  it("reports what it imported, what it kept by node type and by key, and no pass-through for Warrant's own file", () => {
    const { report } = importAif({
      AIF: {
        ...withNodes(node(7, "L"), node(8, "YA"), node(9, "MA"), node(10, "MA")),
        locutions: [{ nodeID: 7 }],
        schemefulfillments: [],
      },
      text: "the words",
    });
    expect(report).toEqual({
      imported: { statements: 4, arguments: 1, attacks: 1, restatements: 0 },
      passThrough: { nodes: { L: 1, YA: 1, MA: 2 }, edges: 0, records: { locutions: 1, text: 1 } },
      warnings: [],
    });
    expect(fromAif(toAif(EXCHANGE_MAP)).aif).toBeUndefined();
  });

  it("keeps a plain file's own node and edge ids through a second trip (its export imported and exported again)", () => {
    // AIFdb's ids ("120763"…) are not the "1", "2"… a fresh export would give, so they must stay kept.
    const once = toAif(fromAif({ ...VALID, locutions: [] }));
    const twice = toAif(fromAif(once));
    expect(twice.nodes.map((n) => n.nodeID)).toEqual([1, 2, 4, 5, 3, 6]);
    expect(twice.edges.map((e) => e.edgeID)).toEqual([11, 12, 13, 14, 15]);
  });
});
