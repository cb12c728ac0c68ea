import { describe, expect, it } from "vitest";
import type { AifDocument, AifNode } from "@/lib/argument/formats/aif-document";
import { toAif } from "@/lib/argument/formats/aif-export";
import { fromAif } from "@/lib/argument/formats/aif-import";
import type { MapGraph } from "@/lib/validation/argument-map";
import { EXCHANGE_MAP } from "@/tests/fixtures/argument/exchange-map";

const WHEN = new Date(Date.UTC(2024, 4, 1, 9, 30, 5));

/** Each edge as "from → to", nodes named by their map id (kept in the warrant extra). */
function edgesByLocalId(document: AifDocument): string[] {
  const localId = new Map(document.nodes.map((node) => [node.nodeID, (node as AifNode).warrant.localId]));
  return document.edges.map((edge) => `${localId.get(edge.fromID)} → ${localId.get(edge.toID)}`);
}

const exchange = () => toAif(EXCHANGE_MAP, { title: "Parking reform", timestamp: WHEN });
/** A map without an `aif` pass-through exports only Warrant's own nodes. */
const ofType = (document: AifDocument, type: string) =>
  document.nodes.filter((node) => node.type === type) as AifNode[];

describe("toAif", () => {
  it("writes one I-node per statement, one RA per argument and one CA per attack", () => {
    const document = exchange();
    expect(ofType(document, "I")).toHaveLength(8);
    expect(ofType(document, "RA")).toHaveLength(3);
    expect(ofType(document, "CA")).toHaveLength(2);
    expect(document.nodes).toHaveLength(13);
    expect(document.edges).toHaveLength(12);
    expect(document.locutions).toEqual([]);
  });

  it("runs premise → RA → conclusion and attacker → CA → target (an RA for the undercut)", () => {
    const document = exchange();
    expect(edgesByLocalId(document)).toEqual([
      "n-supply → a-linked",
      "n-cost → a-linked",
      "n-unstated → a-linked",
      "a-linked → n-claim",
      "n-expert → a-expert",
      "a-expert → n-claim",
      "n-transit → a-transit",
      "a-transit → n-claim",
      "n-retail → x-rebut",
      "x-rebut → n-claim",
      "n-bias → x-undercut",
      "x-undercut → a-expert",
    ]);
    const undercut = ofType(document, "CA").find((node) => node.warrant.localId === "x-undercut")!;
    const target = document.edges.find((edge) => edge.fromID === undercut.nodeID)!;
    expect(document.nodes.find((node) => node.nodeID === target.toID)?.type).toBe("RA");
  });

  it("shares one RA among linked premises and gives convergent reasons one each", () => {
    const document = exchange();
    const statements = new Set(ofType(document, "I").map((node) => node.nodeID));
    const premises = (nodeID: string | number) =>
      document.edges.filter((edge) => edge.toID === nodeID && statements.has(edge.fromID)).length;
    expect(ofType(document, "RA").map((node) => premises(node.nodeID))).toEqual([3, 1, 1]);
  });

  it("names the scheme on the RA as AIFdb does, and conflicts Default Conflict", () => {
    const document = exchange();
    expect(ofType(document, "RA").map((node) => node.text)).toEqual([
      "Default Inference",
      "Argument from Expert Opinion",
      "Default Inference",
    ]);
    expect(ofType(document, "CA").map((node) => node.text)).toEqual(["Default Conflict", "Default Conflict"]);
    const ownScheme = { ...EXCHANGE_MAP, arguments: [{ ...EXCHANGE_MAP.arguments[0], scheme: "my own" }], attacks: [] };
    expect(toAif(ownScheme).nodes[8]).toMatchObject({ type: "RA", text: "my own" });
  });

  it("uses AIFdb's id strings, timestamps and edge shape", () => {
    const document = exchange();
    expect(document.nodes.map((node) => node.nodeID)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(document.edges[0]).toEqual({ edgeID: "1", fromID: "2", toID: "9", formEdgeID: null });
    expect(document.edges.map((edge) => edge.edgeID)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(new Set(document.nodes.map((node) => node.timestamp))).toEqual(new Set(["2024-05-01 09:30:05"]));
    expect(toAif(EXCHANGE_MAP).nodes[0].timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it("keeps statement texts and Warrant's extras on the nodes, and the title on the document", () => {
    const document = exchange();
    expect(document.nodes[3]).toEqual({
      nodeID: "4",
      text: "Housing should be\naffordable.",
      type: "I",
      timestamp: "2024-05-01 09:30:05",
      warrant: { localId: "n-unstated", kind: "statement", annotationId: null, position: { x: 160, y: 180 } },
    });
    expect(document.nodes[9].warrant).toEqual({
      localId: "a-expert",
      scheme: "expert-opinion",
      answers: { "0": "answered", "3": "fails" },
    });
    expect(document.nodes[12].warrant).toEqual({ localId: "x-undercut" });
    expect(document.warrant).toEqual({ title: "Parking reform" });
    expect(toAif(EXCHANGE_MAP)).not.toHaveProperty("warrant");
  });

  it("gives plain JSON that does not share objects with the graph", () => {
    const document = exchange();
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    const copy: MapGraph = structuredClone(EXCHANGE_MAP);
    const exported = toAif(copy, { timestamp: WHEN });
    const first = exported.nodes[0] as AifNode;
    if (first.type === "I") first.warrant.position!.x = 99;
    expect(copy).toEqual(EXCHANGE_MAP);
  });

  it("refuses a graph that refers to a statement or argument it does not contain", () => {
    const premise = { ...EXCHANGE_MAP, arguments: [{ ...EXCHANGE_MAP.arguments[0], premiseIds: ["n-gone"] }] };
    expect(() => toAif(premise)).toThrow(new Error("toAif: the graph refers to n-gone, which it does not contain"));
    const undercut = {
      ...EXCHANGE_MAP,
      attacks: [{ id: "x", attackerId: "n-bias", target: { argumentId: "a-gone" } }],
    };
    expect(() => toAif(undercut)).toThrow("the graph refers to a-gone");
  });

  it("exports an empty map as an empty document", () => {
    expect(toAif({ nodes: [], arguments: [], attacks: [] }, { timestamp: WHEN })).toEqual({
      nodes: [],
      edges: [],
      locutions: [],
    });
  });
});

describe("toAif of a map imported from AIF", () => {
  /** I1, I2 → RA3 → I4; I5, I7 → CA6 → I4; L8 —YA9→ I1; locutions; numeric ids as OVA writes them. */
  const FILE = {
    nodes: [
      { nodeID: 1, text: "one", type: "I" },
      { nodeID: 2, text: "two", type: "I" },
      { nodeID: 3, text: "Default Inference", type: "RA", timestamp: "2020-01-01 00:00:00" },
      { nodeID: 4, text: "four", type: "I" },
      { nodeID: 5, text: "five", type: "I" },
      { nodeID: 6, text: "Default Conflict", type: "CA" },
      { nodeID: 7, text: "seven", type: "I" },
      { nodeID: 8, text: "Ana : one", type: "L" },
      { nodeID: 9, text: "Asserting", type: "YA" },
    ],
    edges: [
      { edgeID: 11, fromID: 1, toID: 3 },
      { edgeID: 12, fromID: 2, toID: 3 },
      { edgeID: 13, fromID: 3, toID: 4 },
      { edgeID: 14, fromID: 5, toID: 6 },
      { edgeID: 15, fromID: 7, toID: 6 },
      { edgeID: 16, fromID: 6, toID: 4 },
      { edgeID: 17, fromID: 8, toID: 9 },
      { edgeID: 18, fromID: 9, toID: 1 },
    ],
    locutions: [{ nodeID: 8, personID: 1 }],
  };
  const strip = ({ warrant: _w, ...node }: Record<string, unknown>) => node;

  it("writes the file back: the same records and ids, both attacks one CA again, the rest unchanged", () => {
    const document = toAif(fromAif(FILE));
    expect(document.nodes.map((node) => strip(node as Record<string, unknown>))).toEqual(
      expect.arrayContaining(FILE.nodes),
    );
    expect(document.nodes).toHaveLength(FILE.nodes.length);
    expect([...document.edges].sort((a, b) => Number(a.edgeID) - Number(b.edgeID))).toEqual(FILE.edges);
    expect(document.locutions).toEqual(FILE.locutions);
  });

  it("writes the map's changes: new text, a new node with an unused id, and no edge to a removed node", () => {
    const graph = fromAif(FILE);
    const edited = {
      ...graph,
      nodes: [
        ...graph.nodes.filter((node) => node.id !== "n1").map((n) => (n.id === "n2" ? { ...n, text: "TWO" } : n)),
        { id: "n-new", annotationId: null, kind: "claim" as const, text: "new", position: null },
      ],
      arguments: graph.arguments.map((a) => ({ ...a, premiseIds: ["n2"] })),
    };
    const document = toAif(edited, { timestamp: WHEN });
    expect(document.nodes.find((node) => node.nodeID === 2)?.text).toBe("TWO");
    expect(document.nodes.find((node) => node.text === "new")).toMatchObject({ nodeID: 10, type: "I" });
    expect(document.nodes.some((node) => node.nodeID === 1)).toBe(false);
    expect(document.edges.map((edge) => edge.edgeID).sort()).toEqual([12, 13, 14, 15, 16, 17]);
  });
});
