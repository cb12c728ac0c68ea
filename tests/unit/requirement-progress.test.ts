import { describe, expect, it } from "vitest";
import { countLinks, mainClaimReasons, requirementProgress } from "@/lib/classroom/requirement-progress";
import type { MapGraph, MapNode } from "@/lib/validation/argument-map";

const STUDENT = "00000000-0000-4000-8000-000000000001";
const CLASSMATE = "00000000-0000-4000-8000-000000000002";
const OTHER_CLASSMATE = "00000000-0000-4000-8000-000000000003";

const node = (id: string): MapNode => ({ id, annotationId: null, kind: "statement", text: id, position: null });

/** claim ← r1; claim ← (r2 + r3 together); r1 attacked by o1; the r1 → claim inference undercut by u1. */
const MAP: MapGraph = {
  nodes: ["claim", "r1", "r2", "r3", "o1", "u1"].map(node),
  arguments: [
    { id: "a1", conclusionId: "claim", premiseIds: ["r1"], scheme: null, answers: {} },
    { id: "a2", conclusionId: "claim", premiseIds: ["r2", "r3"], scheme: "expert-opinion", answers: {} },
  ],
  attacks: [
    { id: "k1", attackerId: "o1", target: { nodeId: "r1" } },
    { id: "k2", attackerId: "u1", target: { argumentId: "a1" } },
  ],
};

const noFacts = { annotations: [], replies: [], studentId: STUDENT, map: null };

describe("the requirement checklist", () => {
  it("has one line per requirement set, in a fixed order, and none for those not set", () => {
    expect(requirementProgress({}, noFacts)).toEqual([]);
    const lines = requirementProgress(
      { replies: 1, scheme: true, map: { reasons: 2 }, links: 3, annotations: { count: 2 } },
      noFacts,
    );
    expect(lines.map((line) => line.key)).toEqual(["annotations", "links", "map", "scheme", "replies"]);
    expect(lines.every((line) => !line.done && line.have === 0)).toBe(true);
  });

  it("counts annotations of the chosen kinds only, capped at what is needed", () => {
    const annotations = [{ kind: "claim" }, { kind: "evidence" }, { kind: "note" }, { kind: "evidence" }] as const;
    const facts = { ...noFacts, annotations };
    expect(requirementProgress({ annotations: { count: 3, kinds: ["evidence", "objection"] } }, facts)).toEqual([
      { key: "annotations", label: "At least 3 evidence or objection annotations", done: false, have: 2, need: 3 },
    ]);
    expect(requirementProgress({ annotations: { count: 3 } }, facts)[0]).toEqual({
      key: "annotations",
      label: "At least 3 annotations",
      done: true,
      have: 3,
      need: 3,
    });
  });

  it("counts a map's links: one per premise leg, one per attack or undercut", () => {
    expect(countLinks(MAP)).toBe(5);
    expect(requirementProgress({ links: 5 }, { ...noFacts, map: MAP })[0]).toMatchObject({ done: true, have: 5 });
    expect(requirementProgress({ links: 6 }, { ...noFacts, map: MAP })[0]).toMatchObject({ done: false, have: 5 });
  });

  it("finds the one main claim and counts a linked argument as one reason", () => {
    expect(mainClaimReasons(MAP)).toEqual({ claims: 1, reasons: 2 });
    expect(requirementProgress({ map: { reasons: 2 } }, { ...noFacts, map: MAP })[0]).toMatchObject({
      done: true,
      have: 2,
      need: 2,
    });
    expect(requirementProgress({ map: { reasons: 3 } }, { ...noFacts, map: MAP })[0]?.done).toBe(false);
  });

  it("does not take a reason that has reasons of its own for a second main claim", () => {
    const deeper: MapGraph = {
      ...MAP,
      nodes: [...MAP.nodes, node("s1")],
      arguments: [...MAP.arguments, { id: "a3", conclusionId: "r1", premiseIds: ["s1"], scheme: null, answers: {} }],
    };
    expect(mainClaimReasons(deeper)).toEqual({ claims: 1, reasons: 2 });
  });

  it("is not done with two main claims, whatever their reasons, and says so", () => {
    const twoClaims: MapGraph = {
      ...MAP,
      nodes: [...MAP.nodes, node("claim2"), node("r4")],
      arguments: [
        ...MAP.arguments,
        { id: "a3", conclusionId: "claim2", premiseIds: ["r4"], scheme: null, answers: {} },
      ],
    };
    const [line] = requirementProgress({ map: { reasons: 1 } }, { ...noFacts, map: twoClaims });
    expect(line).toMatchObject({ done: false, have: 1 });
    expect(line?.label).toContain("yours has 2");
  });

  it("wants a scheme on at least one argument", () => {
    expect(requirementProgress({ scheme: true }, { ...noFacts, map: MAP })[0]).toMatchObject({ done: true, have: 1 });
    const plain = { ...MAP, arguments: MAP.arguments.map((argument) => ({ ...argument, scheme: null })) };
    expect(requirementProgress({ scheme: true }, { ...noFacts, map: plain })[0]).toMatchObject({ done: false });
  });

  it("counts replies to different classmates, not to themselves and not twice to one", () => {
    const replies = [{ toAuthorId: CLASSMATE }, { toAuthorId: CLASSMATE }, { toAuthorId: STUDENT }];
    expect(requirementProgress({ replies: 2 }, { ...noFacts, replies })[0]).toMatchObject({ done: false, have: 1 });
    const more = [...replies, { toAuthorId: OTHER_CLASSMATE }];
    expect(requirementProgress({ replies: 2 }, { ...noFacts, replies: more })[0]).toMatchObject({
      done: true,
      have: 2,
      label: "Replies to at least 2 classmates",
    });
  });
});
