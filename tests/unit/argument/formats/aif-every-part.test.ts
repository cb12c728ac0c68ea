import { describe, expect, it } from "vitest";
import { toAif } from "@/lib/argument/formats/aif-export";
import { fromAif, importAif } from "@/lib/argument/formats/aif-import";
import { ZMapGraph } from "@/lib/validation/argument-map";
import { EVERY_PART_MAP } from "@/tests/fixtures/argument/every-part-map";

// Unstated premises, picked scheme roles and supports of whole arguments go
// out as AIF and come back: a support of an argument as an RA concluding the
// argument's RA (AIF lets an S-node's conclusion be an S-node), the rest in
// the nodes' `warrant` extras, which AIF readers ignore.

const node = (nodeID: string | number, type: string, text = `node ${nodeID}`) => ({ nodeID, text, type });
const edge = (edgeID: string | number, fromID: string | number, toID: string | number) => ({ edgeID, fromID, toID });

describe("AIF: every part of the map", () => {
  it("writes a support of an argument as I → RA → the argument's RA, after the other nodes", () => {
    const aif = toAif(EVERY_PART_MAP, { timestamp: new Date("2025-01-01T00:00:00Z") });
    const byLocal = new Map(aif.nodes.map((n) => [(n.warrant as { localId: string }).localId, n]));
    const backing = byLocal.get("s1")!;
    expect(backing).toMatchObject({ type: "RA", text: "Default Inference", warrant: { localId: "s1" } });
    expect(aif.nodes.at(-1)).toBe(backing);
    const pairs = aif.edges.map((e) => `${e.fromID}→${e.toID}`);
    expect(pairs).toContain(`${byLocal.get("b")!.nodeID}→${backing.nodeID}`);
    expect(pairs).toContain(`${backing.nodeID}→${byLocal.get("a1")!.nodeID}`);
  });

  it("marks the unstated premise and names the picked roles by the premises' AIF ids", () => {
    const aif = toAif(EVERY_PART_MAP);
    const byLocal = new Map(aif.nodes.map((n) => [(n.warrant as { localId: string }).localId, n]));
    expect(byLocal.get("u")!.warrant).toMatchObject({ unstated: true });
    expect(byLocal.get("p")!.warrant).not.toHaveProperty("unstated");
    expect(byLocal.get("a1")!.warrant).toMatchObject({
      scheme: "expert-opinion",
      roles: { "0": byLocal.get("u")!.nodeID, "1": byLocal.get("p")!.nodeID },
    });
  });

  it("reads the export back as the same map, through JSON too", () => {
    expect(fromAif(toAif(EVERY_PART_MAP))).toEqual(EVERY_PART_MAP);
    expect(fromAif(JSON.stringify(toAif(EVERY_PART_MAP)))).toEqual(EVERY_PART_MAP);
  });

  it("leaves out a role pick that names a statement the map no longer has", () => {
    const stale = {
      ...EVERY_PART_MAP,
      arguments: [{ ...EVERY_PART_MAP.arguments[0], roles: { "0": "gone", "1": "p" } }],
    };
    expect(fromAif(toAif(stale)).arguments[0].roles).toEqual({ "1": "p" });
  });

  it("reads a plain AIF file's I → RA → RA as a support of that argument, and writes it back as it was", () => {
    const json = {
      nodes: [node(1, "I", "C"), node(2, "I", "P"), node(3, "RA", "Default Inference"), node(4, "I", "B")].concat([
        node(5, "RA", "Default Inference"),
      ]),
      edges: [edge(10, 2, 3), edge(11, 3, 1), edge(12, 4, 5), edge(13, 5, 3)],
      locutions: [],
    };
    const { graph, report } = importAif(json);
    expect(ZMapGraph.parse(graph)).toEqual(graph);
    expect(graph.argumentSupports).toEqual([{ id: "s5", premiseId: "n4", argumentId: "a3" }]);
    expect(report.warnings).toEqual([]);
    expect(graph.aif?.nodes ?? []).toEqual([]);
    const back = toAif(graph);
    expect(back.nodes.map((n) => [n.nodeID, n.type])).toEqual([
      [1, "I"],
      [2, "I"],
      [4, "I"],
      [3, "RA"],
      [5, "RA"],
    ]);
    expect(back.edges.map((e) => e.edgeID).sort()).toEqual([10, 11, 12, 13]);
  });

  it("keeps aside, with a warning, RA → RA links a map cannot hold", () => {
    const json = {
      nodes: [
        ...[1, 2, 4, 6, 7].map((id) => node(id, "I")),
        node(3, "RA"), // 2 ⇒ 1
        node(5, "RA"), // 4 ⇒ 3 and ⇒ 1: concludes a statement, so its edge to 3 is kept aside
        node(8, "RA"), // 6 & 7 together ⇒ 3: a support of an argument has one premise
        node(9, "CA"), // 6 ⟂ 10, a support of an argument
        node(10, "RA"), // 7 ⇒ 3
      ],
      edges: [
        edge(1, 2, 3),
        edge(2, 3, 1),
        edge(3, 4, 5),
        edge(4, 5, 1),
        edge(5, 5, 3),
        edge(6, 6, 8),
        edge(7, 7, 8),
        edge(8, 8, 3),
        edge(9, 6, 9),
        edge(10, 9, 10),
        edge(11, 7, 10),
        edge(12, 10, 3),
      ],
    };
    const { graph, report } = importAif(json);
    expect(graph.arguments.map((a) => [a.id, a.premiseIds, a.conclusionId])).toEqual([
      ["a3", ["n2"], "n1"],
      ["a5", ["n4"], "n1"],
    ]);
    expect(graph.argumentSupports).toEqual([{ id: "s10", premiseId: "n7", argumentId: "a3" }]);
    expect(graph.attacks).toEqual([]);
    expect(report.warnings).toEqual([
      "RA-node 8 supports an inference with several premises together; it is kept in the file with its edges but not on the map",
      "CA-node 9 attacks a support of an argument (10); it is kept in the file with its edges but not on the map",
      "edge 5 runs from RA-node to RA-node, which a map cannot draw; it is kept",
    ]);
    const census = (nodes: { type: string }[]) => nodes.map((n) => n.type).sort();
    expect(census(toAif(graph).nodes)).toEqual(census(json.nodes));
    expect(toAif(graph).edges).toHaveLength(json.edges.length);
  });
});
