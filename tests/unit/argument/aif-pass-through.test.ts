import { describe, expect, it } from "vitest";
import { MAX_AIF_PASS_THROUGH_CHARS } from "@/lib/validation/aif-pass-through";
import { ZMapGraph } from "@/lib/validation/argument-map";

const KEPT = {
  nodes: [{ nodeID: 8, text: "Ana : one", type: "L" }],
  edges: [{ edgeID: 17, fromID: 8, toID: 9 }],
  modelledNodes: { n1: { nodeID: 1, text: "one", type: "I" } },
  modelledEdges: [],
  rest: { locutions: [{ nodeID: 8, personID: 1 }] },
  wrapper: { key: "AIF", rest: { text: "the words" } },
};
const graph = (aif: unknown) => ({ nodes: [], arguments: [], attacks: [], aif });

describe("the AIF pass-through kept on a map graph", () => {
  it("is optional and kept as it is", () => {
    expect(ZMapGraph.parse(graph(KEPT)).aif).toEqual(KEPT);
    expect("aif" in ZMapGraph.parse({ nodes: [], arguments: [], attacks: [] })).toBe(false);
  });

  it("is bounded: over 5 MB in all is refused", () => {
    const big = { ...KEPT, rest: { text: "x".repeat(MAX_AIF_PASS_THROUGH_CHARS) } };
    const result = ZMapGraph.safeParse(graph(big));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("the AIF kept with this map is over 5 MB");
  });

  it("holds only JSON, and records with ids", () => {
    expect(ZMapGraph.safeParse(graph({ ...KEPT, rest: { when: new Date() } })).success).toBe(false);
    expect(ZMapGraph.safeParse(graph({ ...KEPT, nodes: [{ text: "no id", type: "L" }] })).success).toBe(false);
    expect(ZMapGraph.safeParse(graph({ ...KEPT, edges: [{ edgeID: 1, fromID: 8 }] })).success).toBe(false);
  });
});
