import { describe, expect, it } from "vitest";
import { toAif } from "@/lib/argument/formats/aif-export";
import { fromAif } from "@/lib/argument/formats/aif-import";
import AIFDB_CONGESTION from "@/tests/fixtures/argument/aifdb-congestion.json";
import { EXCHANGE_MAP } from "@/tests/fixtures/argument/exchange-map";
import { generateMap } from "@/tests/fixtures/argument/generate-map";

type Id = string | number;
type Json = { nodes: { nodeID: Id; text: string; type: string }[]; edges: { fromID: Id; toID: Id }[] };

/**
 * The argumentative layer of any AIF document, in words: its statements,
 * each RA as "premises ⇒ conclusion" and each CA as "attacker ⟂ target",
 * an RA target written as its own "premises ⇒ conclusion". Ids, order and
 * the dialogical layer play no part.
 */
function argumentation(document: Json) {
  const byId = new Map(document.nodes.map((node) => [node.nodeID, node]));
  const into = (id: Id) => document.edges.filter((e) => e.toID === id).map((e) => byId.get(e.fromID)!);
  const outOf = (id: Id) => document.edges.filter((e) => e.fromID === id).map((e) => byId.get(e.toID)!);
  const statementsOf = (nodes: Json["nodes"]) =>
    nodes
      .filter((n) => n.type === "I")
      .map((n) => n.text)
      .sort();
  const inference = (id: Id) => `${statementsOf(into(id)).join(" & ")} ⇒ ${statementsOf(outOf(id)).join()}`;
  const label = (node: Json["nodes"][number]) => (node.type === "RA" ? `(${inference(node.nodeID)})` : node.text);
  const nodesOf = (type: string) => document.nodes.filter((node) => node.type === type);
  return {
    statements: statementsOf(document.nodes),
    supports: nodesOf("RA")
      .map((node) => `${inference(node.nodeID)} [${node.text}]`)
      .sort(),
    conflicts: nodesOf("CA")
      .map((node) => `${statementsOf(into(node.nodeID)).join(" & ")} ⟂ ${outOf(node.nodeID).map(label).join()}`)
      .sort(),
  };
}

describe("AIF round trips", () => {
  it("AIF → map → AIF keeps the statements, inferences (with scheme names) and conflicts", () => {
    const original = argumentation(AIFDB_CONGESTION);
    expect(original.supports).toHaveLength(4);
    expect(original.conflicts).toEqual([
      "TfL designed the scheme, so its report is hardly neutral ⟂ (The Transport for London report says that congestion charges cut traffic by a third ⇒ Congestion charges cut traffic in London by a third)",
      "Traffic crept back within a decade ⟂ Congestion charges cut traffic in London by a third",
    ]);
    const again = argumentation(toAif(fromAif(AIFDB_CONGESTION)) as Json);
    // The RA-nodes' own records come back, AIFdb's spelling ("Argument From …") included.
    expect(again).toEqual(original);
  });

  it("map → AIF → map is the identity, here and on a generated 400-statement map", () => {
    expect(fromAif(toAif(EXCHANGE_MAP))).toEqual(EXCHANGE_MAP);
    const big = generateMap(400, 7);
    expect(fromAif(JSON.parse(JSON.stringify(toAif(big))))).toEqual(big);
  });
});
