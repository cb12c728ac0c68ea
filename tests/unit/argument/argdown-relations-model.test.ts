import { describe, expect, it } from "vitest";
import { MAX_ARGDOWN_PASS_THROUGH_CHARS } from "@/lib/validation/argdown-pass-through";
import { ZMapGraph } from "@/lib/validation/argument-map";

// The optional fields that let Argdown's relations to and from arguments,
// its undercuts and contradictions, and its front matter and data ride on
// a map (lib/validation/argument-map.ts explains the choice).

const node = (id: string, extra: object = {}) => ({
  id,
  annotationId: null,
  kind: "statement",
  text: id,
  position: null,
  ...extra,
});
const argument = (id: string, premiseIds: string[], conclusionId: string, extra: object = {}) => ({
  id,
  premiseIds,
  conclusionId,
  scheme: null,
  answers: {},
  ...extra,
});
const base = {
  nodes: [node("n1"), node("n2"), node("n3", { argument: true })],
  arguments: [argument("a1", ["n1"], "n2", { reconstruction: "Mine" }), argument("a2", ["n3"], "n1", { bare: true })],
  attacks: [
    { id: "x1", attackerId: "n3", target: { argumentId: "a1" }, relation: "attack" },
    { id: "x2", attackerId: "n1", target: { nodeId: "n3" }, relation: "undercut" },
    { id: "x3", attackerId: "n1", target: { nodeId: "n2" }, relation: "contradictory" },
    { id: "x4", attackerId: "n2", target: { nodeId: "n1" }, relation: "contradictory" },
  ],
  argumentSupports: [{ id: "s1", premiseId: "n2", argumentId: "a1" }],
};

describe("a map graph with Argdown's relations", () => {
  it("keeps argument nodes, reconstructions, bare supports, relation kinds and supports of arguments", () => {
    expect(ZMapGraph.parse(base)).toEqual(base);
  });

  it("is still valid without any of them (stored maps stay valid)", () => {
    const plain = ZMapGraph.parse({ nodes: [node("n1")], arguments: [], attacks: [] });
    expect(plain).toEqual({ nodes: [node("n1")], arguments: [], attacks: [] });
  });

  it("refuses a support of an argument that names no statement or no argument, or reuses an id", () => {
    const bad = (argumentSupports: object[]) => ZMapGraph.safeParse({ ...base, argumentSupports });
    expect(bad([{ id: "s1", premiseId: "n9", argumentId: "a1" }]).error?.issues[0].message).toBe("no node n9");
    expect(bad([{ id: "s1", premiseId: "n1", argumentId: "a9" }]).error?.issues[0].message).toBe("no argument a9");
    expect(bad([{ id: "a1", premiseId: "n1", argumentId: "a2" }]).error?.issues[0].message).toBe("duplicate id a1");
  });

  it("refuses an unknown relation kind and a reconstruction title Argdown cannot write", () => {
    const attacks = [{ id: "x1", attackerId: "n1", target: { nodeId: "n2" }, relation: "supports" }];
    expect(ZMapGraph.safeParse({ ...base, attacks }).success).toBe(false);
    const args = [argument("a1", ["n1"], "n2", { reconstruction: "A <B>" })];
    expect(ZMapGraph.safeParse({ ...base, arguments: args, attacks: [], argumentSupports: [] }).success).toBe(false);
  });

  it("keeps Argdown's front matter and data, bounded", () => {
    const argdown = { frontMatter: { title: "T", model: { mode: "strict" } }, data: { n1: { color: "red" } } };
    expect(ZMapGraph.parse({ ...base, argdown }).argdown).toEqual(argdown);
    const big = { frontMatter: { note: "x".repeat(MAX_ARGDOWN_PASS_THROUGH_CHARS) }, data: {} };
    expect(ZMapGraph.safeParse({ ...base, argdown: big }).error?.issues[0].message).toBe(
      "the Argdown kept with this map is over 1 MB",
    );
  });
});
