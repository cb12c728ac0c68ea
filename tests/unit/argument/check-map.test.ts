import { describe, expect, it } from "vitest";
import { checkMap } from "@/lib/argument/check-map";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode as node, support } from "@/tests/fixtures/argument/graph-parts";
import { LIBERTY_MAP, ORPHANED } from "@/tests/fixtures/argument/liberty-map";

describe("checkMap", () => {
  it("warns about the fixture's unlinked evidence, orphaned passage, unsupported claim and cycle", () => {
    expect(checkMap(LIBERTY_MAP, { orphanedAnnotationIds: ORPHANED })).toEqual([
      {
        code: "unlinked-evidence",
        message: "The evidence “Seat-belt laws have saved many lives.” is not linked to anything.",
        nodeIds: ["seat-belts"],
      },
      {
        code: "orphaned-passage",
        message:
          "The passage behind “Truth emerges only where discussion is free.” can no longer be found in the document.",
        nodeIds: ["truth"],
      },
      {
        code: "unsupported-claim",
        message: "The claim “Offence alone is not harm.” has no reason supporting it.",
        nodeIds: ["offence"],
      },
      {
        code: "support-cycle",
        message:
          "These statements support each other in a circle: “Free discussion leads to truth.” → " +
          "“Truth emerges only where discussion is free.” → “Free discussion leads to truth.”.",
        nodeIds: ["speech", "truth"],
      },
    ]);
  });

  it("does not warn about orphans it is not told about", () => {
    const codes = checkMap(LIBERTY_MAP, { orphanedAnnotationIds: new Set() }).map((w) => w.code);
    expect(codes).toEqual(["unlinked-evidence", "unsupported-claim", "support-cycle"]);
  });

  it("counts a claim as supported only by an argument concluding to it, not by being attacked or a premise", () => {
    const graph: MapGraph = {
      nodes: [node("c", "claim"), node("d", "claim"), node("o", "objection")],
      arguments: [support("s", ["c"], "d")],
      attacks: [{ id: "t", attackerId: "o", target: { nodeId: "c" } }],
    };
    expect(checkMap(graph, { orphanedAnnotationIds: new Set() })).toEqual([
      { code: "unsupported-claim", message: "The claim “Statement c.” has no reason supporting it.", nodeIds: ["c"] },
    ]);
  });

  it("does not count an argument whose premises name no statement as support (a map mid-edit)", () => {
    const graph: MapGraph = {
      nodes: [node("c", "claim")],
      arguments: [support("s", ["gone"], "c")],
      attacks: [],
    };
    expect(checkMap(graph, { orphanedAnnotationIds: new Set() }).map((w) => [w.code, w.nodeIds])).toEqual([
      ["unsupported-claim", ["c"]],
    ]);
  });

  it("counts any link as linking evidence: a premise, a conclusion, an attacker or an attack target", () => {
    const graph: MapGraph = {
      nodes: [node("e1", "evidence"), node("e2", "evidence"), node("e3", "evidence"), node("e4", "evidence")],
      arguments: [support("s", ["e1"], "e2")],
      attacks: [{ id: "t", attackerId: "e3", target: { argumentId: "s" } }],
    };
    expect(checkMap(graph, { orphanedAnnotationIds: new Set() }).map((w) => w.nodeIds)).toEqual([["e4"]]);
  });

  it("reports a three-statement circle in order, once, with shortened names", () => {
    const long = "A very long statement that goes on and on well past the fifty characters a message allows.";
    const graph: MapGraph = {
      nodes: [node("a", "premise", long), node("b", "premise"), node("c", "premise")],
      arguments: [support("ab", ["a"], "b"), support("bc", ["b"], "c"), support("ca", ["c", "b"], "a")],
      attacks: [],
    };
    expect(checkMap(graph, { orphanedAnnotationIds: new Set() })).toEqual([
      {
        code: "support-cycle",
        message:
          "These statements support each other in a circle: “A very long statement that goes on and on well…” → " +
          "“Statement b.” → “A very long statement that goes on and on well…”.",
        nodeIds: ["a", "b"],
      },
    ]);
  });

  it("returns nothing for an empty map", () => {
    expect(checkMap({ nodes: [], arguments: [], attacks: [] }, { orphanedAnnotationIds: new Set(["x"]) })).toEqual([]);
  });
});
