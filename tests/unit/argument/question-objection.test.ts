import { describe, expect, it } from "vitest";
import { QUESTION_TARGETS, raiseObjection, raisedObjection } from "@/lib/argument/question-objection";
import { SCHEMES } from "@/lib/argument/schemes";
import { ZMapGraph, type MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

const graph: MapGraph = {
  nodes: [
    freeNode("c", "claim", "The climate is warming."),
    freeNode("e", "premise", "Dr Alvarez is a climatologist."),
    freeNode("s", "premise", "Dr Alvarez says the climate is warming."),
  ],
  arguments: [support("a1", ["e", "s"], "c", "expert-opinion")],
  attacks: [],
};

describe("raiseObjection", () => {
  it("makes an objection with the question's filled text that undercuts the inference where the scheme says so", () => {
    const { graph: next, nodeId } = raiseObjection(graph, "a1", 5);
    expect(next.nodes.find((n) => n.id === nodeId)).toMatchObject({
      kind: "objection",
      annotationId: null,
      text: "Backup Evidence Question: Is the source in “Dr Alvarez is a climatologist.”'s assertion based on evidence?",
    });
    expect(next.attacks).toEqual([expect.objectContaining({ attackerId: nodeId, target: { argumentId: "a1" } })]);
    expect(ZMapGraph.safeParse(next).success).toBe(true);
  });

  it("attacks the premise playing the questioned role, or the conclusion", () => {
    const onPremise = raiseObjection(graph, "a1", 2).graph; // Opinion: did E assert A? → the second premise
    expect(onPremise.attacks[0]!.target).toEqual({ nodeId: "s" });
    const onConclusion = raiseObjection(graph, "a1", 4).graph; // Consistency with other experts → the conclusion
    expect(onConclusion.attacks[0]!.target).toEqual({ nodeId: "c" });
  });

  it("undercuts instead when no premise plays the questioned role", () => {
    const short = { ...graph, arguments: [support("a1", ["e"], "c", "expert-opinion")] };
    expect(raiseObjection(short, "a1", 2).graph.attacks[0]!.target).toEqual({ argumentId: "a1" });
  });

  it("raises a question once: the same objection again changes nothing", () => {
    const once = raiseObjection(graph, "a1", 5);
    expect(raisedObjection(graph, "a1", 5)).toBeNull();
    expect(raisedObjection(once.graph, "a1", 5)).toBe(once.nodeId);
    expect(raiseObjection(once.graph, "a1", 5).graph).toBe(once.graph);
  });

  it("refuses an argument without a scheme or a question the scheme lacks", () => {
    expect(() => raiseObjection({ ...graph, arguments: [support("a1", ["e"], "c")] }, "a1", 0)).toThrow(/scheme/);
    expect(() => raiseObjection(graph, "a1", 6)).toThrow(/question/);
  });

  it("names a target for every critical question of every scheme", () => {
    for (const scheme of SCHEMES) {
      const targets = QUESTION_TARGETS[scheme.id]!;
      expect(targets, scheme.id).toHaveLength(scheme.criticalQuestions.length);
      for (const target of targets)
        if (typeof target === "number") expect(target, scheme.id).toBeLessThan(scheme.premises.length);
    }
  });
});
