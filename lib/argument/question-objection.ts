import type { MapAttack, MapGraph, MapNode } from "../validation/argument-map";
import { newLocalId } from "./edit-map";
import { filledQuestions, premiseRoles } from "./scheme-roles";
import { schemeById } from "./schemes";

/**
 * What a critical question, pressed as an objection, attacks: the premise
 * playing a scheme premise (by index), the conclusion, or the inference
 * itself (an undercut: the premises may hold and still not carry the
 * conclusion). After Walton, Reed and Macagno (2008), where a question asks
 * whether a premise holds it attacks that premise, one asking about
 * counter-evidence attacks the conclusion, and one asking whether the link
 * holds in this case undercuts. Same order as the scheme's questions.
 */
export type QuestionTarget = number | "conclusion" | "undercut";

export const QUESTION_TARGETS: Readonly<Record<string, readonly QuestionTarget[]>> = {
  "expert-opinion": [0, 0, 1, 0, "conclusion", "undercut"],
  "positive-consequences": [0, 0, "conclusion"],
  "negative-consequences": [0, 0, "conclusion"],
  analogy: ["undercut", 1, "undercut"],
  "cause-to-effect": [0, 0, "undercut"],
  sign: ["undercut", "undercut"],
  example: [0, "undercut", "undercut", "undercut", "undercut"],
  "popular-opinion": [0, "conclusion"],
  "position-to-know": [0, 1, 1],
  "witness-testimony": ["undercut", "undercut", "undercut", "undercut", "conclusion"],
};

/**
 * Presses an open critical question as an objection, in one edit: a new
 * objection whose text is the question as filled with the argument's
 * statements, attacking what the question targets (QUESTION_TARGETS); a
 * question on a role no premise plays undercuts the inference instead.
 * Raising the same question again changes nothing.
 */
export function raiseObjection(
  graph: MapGraph,
  argumentId: string,
  questionIndex: number,
): { graph: MapGraph; nodeId: string } {
  const { question, target, raised } = objectionOf(graph, argumentId, questionIndex);
  if (raised) return { graph, nodeId: raised };
  const node: MapNode = { id: newLocalId("n"), annotationId: null, kind: "objection", text: question, position: null };
  return {
    graph: {
      ...graph,
      nodes: [...graph.nodes, node],
      attacks: [...graph.attacks, { id: newLocalId("x"), attackerId: node.id, target }],
    },
    nodeId: node.id,
  };
}

/** The statement already raising this question against its target, if any (the panel says so instead of offering it again). */
export function raisedObjection(graph: MapGraph, argumentId: string, questionIndex: number): string | null {
  return objectionOf(graph, argumentId, questionIndex).raised;
}

/** A question's filled text, what it attacks, and the objection already raising it. */
function objectionOf(graph: MapGraph, argumentId: string, questionIndex: number) {
  const argument = graph.arguments.find((a) => a.id === argumentId);
  if (!argument) throw new Error("That argument is no longer on the map");
  const scheme = argument.scheme ? schemeById(argument.scheme) : undefined;
  if (!scheme) throw new Error("Choose a scheme for this argument first");
  const question = filledQuestions(graph, argument, scheme)[questionIndex];
  if (!question) throw new Error("That scheme has no such critical question");

  const aim = QUESTION_TARGETS[scheme.id]?.[questionIndex] ?? "undercut";
  const premiseId = typeof aim === "number" ? premiseRoles(argument, scheme)[aim]?.premiseId : null;
  const target: MapAttack["target"] =
    aim === "conclusion" ? { nodeId: argument.conclusionId } : premiseId ? { nodeId: premiseId } : { argumentId };
  const raised = graph.attacks.find(
    (attack) =>
      JSON.stringify(attack.target) === JSON.stringify(target) &&
      graph.nodes.some((node) => node.id === attack.attackerId && node.text === question.text),
  );
  return { question: question.text, target, raised: raised?.attackerId ?? null };
}
