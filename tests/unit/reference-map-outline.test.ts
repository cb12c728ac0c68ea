import { describe, expect, it } from "vitest";
import { referenceMapOutline } from "@/lib/classroom/reference-map-outline";
import type { MapGraph, MapNode } from "@/lib/validation/argument-map";

const ANNOTATION = "6f1c2f4e-2b1a-4c4e-9a53-1f2b3c4d5e6f";
const node = (id: string, text: string, annotationId: string | null = null): MapNode => ({
  id,
  annotationId,
  kind: annotationId ? "claim" : "statement",
  text,
  position: null,
});
const graph = (nodes: MapNode[], args: MapGraph["arguments"] = [], attacks: MapGraph["attacks"] = []): MapGraph => ({
  nodes,
  arguments: args,
  attacks,
});
const support = (id: string, conclusionId: string, premiseIds: string[]) => ({
  id,
  conclusionId,
  premiseIds,
  scheme: null,
  answers: {},
});
/** The outline as nested text: "claim [reasons] {objections}". */
function shape(statements: ReturnType<typeof referenceMapOutline>): string[] {
  return statements.map((s) => {
    const reasons = s.reasons.length ? ` [${shape(s.reasons).join(", ")}]` : "";
    const objections = s.objections.length ? ` {${shape(s.objections).join(", ")}}` : "";
    return `${s.text}${reasons}${objections}`;
  });
}

describe("referenceMapOutline", () => {
  it("nests reasons and objections under the main claim, an undercut as an objection to it, with the passage quoted", () => {
    const outline = referenceMapOutline(
      graph(
        [
          node("c", "Claim", ANNOTATION),
          node("r1", "Reason 1"),
          node("r2", "Reason 2"),
          node("o", "Objection"),
          node("u", "Undercut"),
          node("d", "Deeper"),
        ],
        [support("a1", "c", ["r1", "r2"]), support("a2", "r1", ["d"])],
        [
          { id: "x1", attackerId: "o", target: { nodeId: "c" } },
          { id: "x2", attackerId: "u", target: { argumentId: "a1" } },
        ],
      ),
      new Map([[ANNOTATION, "the passage"]]),
    );
    expect(shape(outline)).toEqual(["Claim [Reason 1 [Deeper], Reason 2] {Objection, Undercut}"]);
    expect(outline[0]!.quote).toBe("the passage");
    expect(outline[0]!.reasons[0]!.quote).toBeNull();
  });

  it("places every statement once, even in a cycle of support, and lists unconnected statements as claims", () => {
    const outline = referenceMapOutline(
      graph(
        [node("a", "A"), node("b", "B"), node("lone", "Lone")],
        [support("s1", "a", ["b"]), support("s2", "b", ["a"])],
      ),
      new Map(),
    );
    expect(shape(outline)).toEqual(["Lone", "A [B]"]);
  });
});
