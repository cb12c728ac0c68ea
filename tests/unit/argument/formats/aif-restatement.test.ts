import { describe, expect, it } from "vitest";
import { toAif } from "@/lib/argument/formats/aif-export";
import { fromAif, importAif } from "@/lib/argument/formats/aif-import";
import { ZMapGraph, type MapGraph } from "@/lib/validation/argument-map";

// AIF's MA-node (a rephrase) is a map relation of its own, "restates":
// read from I → MA → I, drawn, and written back as the same MA-node.

const node = (nodeID: string | number, type: string, text = `node ${nodeID}`) => ({ nodeID, text, type });
const edge = (edgeID: string | number, fromID: string | number, toID: string | number) => ({ edgeID, fromID, toID });

/** As OVA saves a rephrase in a dialogue: I1 → MA3 → I2, the MA anchored by a YA (5) on a TA (4). */
const REPHRASE = {
  nodes: [
    node(1, "I", "Taxes should rise"),
    node(2, "I", "We must raise taxes"),
    node(3, "MA", "Default Rephrase"),
    node(4, "TA", "Default Transition"),
    node(5, "YA", "Restating"),
  ],
  edges: [edge(10, 1, 3), edge(11, 3, 2), edge(12, 4, 5), edge(13, 5, 3)],
  locutions: [],
};

const statement = (id: string, text: string) => ({
  id,
  annotationId: null,
  kind: "statement" as const,
  text,
  position: null,
});

describe("AIF MA-nodes as restatements", () => {
  it("reads I → MA → I as a restatement, not as pass-through, and counts it in the report", () => {
    const { graph, report } = importAif(REPHRASE);
    expect(graph.restatements).toEqual([{ id: "r3", fromId: "n1", toId: "n2" }]);
    expect(graph.aif!.nodes.map((n) => n.nodeID)).toEqual([4, 5]);
    expect(report.imported.restatements).toBe(1);
    expect(report.passThrough.nodes).toEqual({ TA: 1, YA: 1 });
    expect(report.warnings).toEqual([]);
  });

  it("writes the restatement back as the same MA-node with its edges, the YA's edge to it kept", () => {
    const exported = toAif(fromAif(REPHRASE));
    const ma = exported.nodes.filter((n) => n.type === "MA");
    expect(ma).toEqual([{ ...node(3, "MA", "Default Rephrase"), warrant: { localId: "r3" } }]);
    const pairs = exported.edges.map((e) => `${e.edgeID}:${e.fromID}→${e.toID}`).sort();
    expect(pairs).toEqual(["10:1→3", "11:3→2", "12:4→5", "13:5→3"]);
  });

  it("drops the MA-node and its YA edge on export once the map has lost the restatement", () => {
    const graph = fromAif(REPHRASE);
    const exported = toAif({ ...graph, restatements: [] });
    expect(exported.nodes.map((n) => n.type).sort()).toEqual(["I", "I", "TA", "YA"]);
    expect(exported.edges.map((e) => e.edgeID)).toEqual([12]);
  });

  it("writes a restatement made in Warrant as a new 'Default Rephrase' MA-node and reads it back exactly", () => {
    const map: MapGraph = {
      nodes: [statement("n1", "A"), statement("n2", "A, said again")],
      arguments: [],
      attacks: [],
      restatements: [{ id: "r1", fromId: "n1", toId: "n2" }],
    };
    const exported = toAif(map);
    expect(exported.nodes.map((n) => [n.nodeID, n.type, n.text])).toEqual([
      ["1", "I", "A"],
      ["2", "I", "A, said again"],
      ["3", "MA", "Default Rephrase"],
    ]);
    expect(exported.edges.map((e) => [e.fromID, e.toID])).toEqual([
      ["1", "3"],
      ["3", "2"],
    ]);
    expect(fromAif(exported)).toEqual(map);
  });

  it("keeps aside, with a warning, an MA that does not join two statements; an MA touching none, quietly", () => {
    const json = {
      nodes: [...REPHRASE.nodes, node(6, "MA"), node(7, "MA")],
      edges: [...REPHRASE.edges, edge(14, 1, 6)],
    };
    const { graph, report } = importAif(json);
    expect(graph.restatements).toEqual([{ id: "r3", fromId: "n1", toId: "n2" }]);
    expect(graph.aif!.nodes.map((n) => n.nodeID)).toEqual([4, 5, 6, 7]);
    expect(report.warnings).toEqual([
      "MA-node 6 does not join exactly one statement to exactly one other; it is kept in the file with its edges but not on the map",
    ]);
  });
});

describe("a map graph's restatements", () => {
  const base = { nodes: [statement("n1", "A"), statement("n2", "B")], arguments: [], attacks: [] };
  const issue = (restatements: object[]) => ZMapGraph.safeParse({ ...base, restatements }).error?.issues[0].message;

  it("are optional, and kept when given", () => {
    expect(ZMapGraph.parse(base)).toEqual(base);
    const restatements = [{ id: "r1", fromId: "n1", toId: "n2" }];
    expect(ZMapGraph.parse({ ...base, restatements }).restatements).toEqual(restatements);
  });

  it("refuses one naming no statement, a statement restating itself, or a taken id", () => {
    expect(issue([{ id: "r1", fromId: "n1", toId: "n9" }])).toBe("no node n9");
    expect(issue([{ id: "r1", fromId: "n1", toId: "n1" }])).toBe("a statement cannot restate itself");
    expect(issue([{ id: "n2", fromId: "n1", toId: "n2" }])).toBe("duplicate id n2");
  });
});
