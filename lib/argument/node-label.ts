import type { MapNode, NodeKind } from "@/lib/validation/argument-map";

/** What a statement of each kind is called on the map and in every export. */
export const KIND_NAMES: Record<NodeKind, string> = {
  claim: "Claim",
  premise: "Premise",
  evidence: "Evidence",
  objection: "Objection",
  question: "Question",
  note: "Note",
  statement: "Statement",
};

/**
 * What a map box says it is: the annotation kind of its passage (Claim,
 * Evidence, …); "Statement" for free text, including statements imported
 * from AIF or Argdown, whether or not they were found in the text; and
 * "Unstated premise" only for a premise the reader added as unstated
 * (addStatement marks it), which is the one claim the author never made;
 * "Argument" for an argument given by its gist (Argdown's "<A>: …").
 */
export function nodeLabel(node: Pick<MapNode, "kind" | "unstated" | "argument">): string {
  if (node.argument) return "Argument";
  return node.unstated ? "Unstated premise" : KIND_NAMES[node.kind];
}
