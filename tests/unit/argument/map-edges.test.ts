import { describe, expect, it } from "vitest";
import { mapEdges, mapJunctions } from "@/lib/argument/map-edges";
import type { MapGraph } from "@/lib/validation/argument-map";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

const statement = (id: string) => ({ id, annotationId: null, kind: "statement" as const, text: id, position: null });

describe("mapEdges", () => {
  it("draws every argument through a junction and every attack onto a statement or junction", () => {
    const rows = mapEdges(LIBERTY_MAP).map((e) => [e.id, e.source, e.target, e.relation, e.leg, e.linked, e.ownerId]);
    expect(rows).toEqual([
      ["premise:arg-linked:judge", "judge", "arg-linked", "supports", "premise", true, "arg-linked"],
      ["premise:arg-linked:own-good", "own-good", "arg-linked", "supports", "premise", true, "arg-linked"],
      ["conclusion:arg-linked", "arg-linked", "harm", "supports", "conclusion", true, "arg-linked"],
      ["premise:arg-expert:mill", "mill", "arg-expert", "supports", "premise", false, "arg-expert"],
      ["conclusion:arg-expert", "arg-expert", "harm", "supports", "conclusion", false, "arg-expert"],
      ["premise:arg-speech:speech", "speech", "arg-speech", "supports", "premise", false, "arg-speech"],
      ["conclusion:arg-speech", "arg-speech", "truth", "supports", "conclusion", false, "arg-speech"],
      ["premise:arg-truth:truth", "truth", "arg-truth", "supports", "premise", false, "arg-truth"],
      ["conclusion:arg-truth", "arg-truth", "speech", "supports", "conclusion", false, "arg-truth"],
      ["attack:att-rebut", "families", "harm", "attacks", "attack", false, "att-rebut"],
      ["attack:att-undercut", "philosopher", "arg-expert", "undercuts", "attack", false, "att-undercut"],
    ]);
  });

  it("gives edges ids that never equal a node or junction id", () => {
    const edges = mapEdges(LIBERTY_MAP);
    const ids = new Set([...LIBERTY_MAP.nodes.map((n) => n.id), ...LIBERTY_MAP.arguments.map((a) => a.id)]);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    expect(edges.filter((e) => ids.has(e.id))).toEqual([]);
  });

  it("de-duplicates premises, skips dangling references and keeps duplicate attack ids apart", () => {
    const graph: MapGraph = {
      nodes: ["a", "b", "c"].map(statement),
      arguments: [
        { id: "x", conclusionId: "a", premiseIds: ["b", "b", "ghost"], scheme: null, answers: {} },
        { id: "y", conclusionId: "ghost", premiseIds: ["c"], scheme: null, answers: {} },
      ],
      attacks: [
        { id: "t", attackerId: "c", target: { argumentId: "x" } },
        { id: "t", attackerId: "c", target: { nodeId: "b" } },
        { id: "u", attackerId: "c", target: { argumentId: "y" } },
        { id: "v", attackerId: "ghost", target: { nodeId: "a" } },
      ],
    };
    expect(mapEdges(graph).map((e) => [e.id, e.source, e.target, e.linked])).toEqual([
      ["premise:x:b", "b", "x", false],
      ["conclusion:x", "x", "a", false],
      ["attack:t", "c", "x", false],
      ["attack:t:1", "c", "b", false],
    ]);
  });
});

describe("mapEdges for Argdown's relations", () => {
  it("draws an attack on a whole argument as attacks, an undercut of a node as undercuts, a support of an argument into its junction", () => {
    const graph: MapGraph = {
      nodes: [{ ...statement("g"), argument: true }, statement("p"), statement("c")],
      arguments: [{ id: "a", conclusionId: "c", premiseIds: ["p"], scheme: null, answers: {} }],
      attacks: [
        { id: "whole", attackerId: "g", target: { argumentId: "a" }, relation: "attack" },
        { id: "under", attackerId: "p", target: { nodeId: "g" }, relation: "undercut" },
        { id: "both", attackerId: "g", target: { nodeId: "c" }, relation: "contradictory" },
      ],
      argumentSupports: [
        { id: "s", premiseId: "g", argumentId: "a" },
        { id: "gone", premiseId: "g", argumentId: "missing" },
      ],
    };
    expect(mapEdges(graph).map((e) => [e.id, e.source, e.target, e.relation, e.leg])).toEqual([
      ["premise:a:p", "p", "a", "supports", "premise"],
      ["conclusion:a", "a", "c", "supports", "conclusion"],
      ["attack:whole", "g", "a", "attacks", "attack"],
      ["attack:under", "p", "g", "undercuts", "attack"],
      ["attack:both", "g", "c", "attacks", "attack"],
      ["backing:s", "g", "a", "supports", "backing"],
    ]);
  });
});

describe("mapJunctions", () => {
  it("has one junction per argument, linked when several premises remain", () => {
    expect(mapJunctions(LIBERTY_MAP).map((j) => [j.id, j.premiseIds, j.linked, j.argument.scheme])).toEqual([
      ["arg-linked", ["judge", "own-good"], true, null],
      ["arg-expert", ["mill"], false, "expert-opinion"],
      ["arg-speech", ["speech"], false, null],
      ["arg-truth", ["truth"], false, null],
    ]);
  });

  it("leaves out a premise that is the argument's own conclusion (a graph mid-edit), so no statement leads into itself", () => {
    const graph: MapGraph = {
      nodes: ["a", "b"].map(statement),
      arguments: [{ id: "x", conclusionId: "a", premiseIds: ["a", "b"], scheme: null, answers: {} }],
      attacks: [],
    };
    expect(mapJunctions(graph).map((j) => [j.id, j.premiseIds, j.linked])).toEqual([["x", ["b"], false]]);
    expect(mapEdges(graph).map((e) => e.id)).toEqual(["premise:x:b", "conclusion:x"]);
  });
});
