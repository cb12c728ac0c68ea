import type { MapGraph } from "../validation/argument-map";

export type AnnotationLink = { phrase: string; other: string };

/**
 * For the margin: each annotation's links in a map, as phrases read from
 * that annotation's side ("Supports", "Supported by", "Attacks", "Attacked
 * by", "Undercuts a reason for", "A reason for it is undercut by") with the
 * other statement's text. Annotations on no link are absent.
 */
export function annotationLinks(graph: MapGraph): Map<string, AnnotationLink[]> {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const links = new Map<string, AnnotationLink[]>();
  const add = (nodeId: string, phrase: string, otherId: string) => {
    const annotationId = nodes.get(nodeId)?.annotationId;
    const other = nodes.get(otherId)?.text;
    if (!annotationId || other === undefined) return;
    links.set(annotationId, [...(links.get(annotationId) ?? []), { phrase, other }]);
  };
  for (const argument of graph.arguments) {
    for (const premiseId of argument.premiseIds) {
      add(
        premiseId,
        argument.premiseIds.length > 1 ? "Supports (together with others)" : "Supports",
        argument.conclusionId,
      );
      add(argument.conclusionId, "Supported by", premiseId);
    }
  }
  const argumentsById = new Map(graph.arguments.map((argument) => [argument.id, argument]));
  for (const attack of graph.attacks) {
    if ("nodeId" in attack.target) {
      add(attack.attackerId, "Attacks", attack.target.nodeId);
      add(attack.target.nodeId, "Attacked by", attack.attackerId);
      continue;
    }
    const argument = argumentsById.get(attack.target.argumentId);
    if (!argument) continue;
    add(attack.attackerId, "Undercuts a reason for", argument.conclusionId);
    add(argument.conclusionId, "A reason for it is undercut by", attack.attackerId);
  }
  return links;
}
