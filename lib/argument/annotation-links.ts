import type { MapGraph, Relation } from "../validation/argument-map";
import { shortText } from "./statement-text";

/**
 * Read from this annotation's side: "outgoing" when it supports, attacks or
 * undercuts the other statement, "incoming" when the other does that to it.
 */
export type LinkDirection = "outgoing" | "incoming";

/** One link of an annotation in a map, as the margin and the text show it. */
export type AnnotationLink = {
  relation: Relation;
  direction: LinkDirection;
  /** A premise of a linked argument: it supports the conclusion only together with the other premises. */
  together: boolean;
  /** The statement at the other end: its text, and its annotation when it is one (else a free statement). */
  other: { text: string; annotationId: string | null };
};

/**
 * For the margin and the highlights: each annotation's links in a map, read
 * from that annotation's side, in map order (supports, then attacks and
 * undercuts). An undercut attacks the inference from a reason to its
 * conclusion, so it is listed between the undercutter and that conclusion.
 * Annotations on no link are absent; links to statements or arguments the
 * graph does not have are skipped.
 */
export function annotationLinks(graph: MapGraph): Map<string, AnnotationLink[]> {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const links = new Map<string, AnnotationLink[]>();
  const add = (nodeId: string, otherId: string, link: Pick<AnnotationLink, "relation" | "direction" | "together">) => {
    const annotationId = nodes.get(nodeId)?.annotationId;
    const other = nodes.get(otherId);
    if (!annotationId || !other) return;
    const entry = { ...link, other: { text: other.text, annotationId: other.annotationId } };
    links.set(annotationId, [...(links.get(annotationId) ?? []), entry]);
  };
  for (const argument of graph.arguments) {
    const together = argument.premiseIds.length > 1;
    for (const premiseId of argument.premiseIds) {
      add(premiseId, argument.conclusionId, { relation: "supports", direction: "outgoing", together });
      add(argument.conclusionId, premiseId, { relation: "supports", direction: "incoming", together: false });
    }
  }
  const argumentsById = new Map(graph.arguments.map((argument) => [argument.id, argument]));
  for (const attack of graph.attacks) {
    if ("nodeId" in attack.target) {
      add(attack.attackerId, attack.target.nodeId, { relation: "attacks", direction: "outgoing", together: false });
      add(attack.target.nodeId, attack.attackerId, { relation: "attacks", direction: "incoming", together: false });
      continue;
    }
    const argument = argumentsById.get(attack.target.argumentId);
    if (!argument) continue;
    add(attack.attackerId, argument.conclusionId, { relation: "undercuts", direction: "outgoing", together: false });
    add(argument.conclusionId, attack.attackerId, { relation: "undercuts", direction: "incoming", together: false });
  }
  return links;
}

const PHRASES: Record<Relation, Record<LinkDirection, string>> = {
  supports: { outgoing: "Supports", incoming: "Supported by" },
  attacks: { outgoing: "Attacks", incoming: "Attacked by" },
  undercuts: { outgoing: "Undercuts a reason for", incoming: "A reason for it undercut by" },
};

/** The words for a link from its annotation's side: "Supports", "Attacked by", "Undercuts a reason for", … */
export function linkPhrase(link: Pick<AnnotationLink, "relation" | "direction" | "together">): string {
  const phrase = PHRASES[link.relation][link.direction];
  return link.together ? `${phrase} (together with others)` : phrase;
}

/** How many characters of the other statement a link shows. */
export const LINK_TEXT_LENGTH = 80;

/**
 * An annotation's links in one line, for the title of its highlight (what
 * the small mark in the text means): `linked: supports “…”; attacked by “…”`.
 * Empty when it has none.
 */
export function describeLinks(links: readonly AnnotationLink[]): string {
  if (links.length === 0) return "";
  const parts = links.map(
    (link) => `${linkPhrase(link).toLowerCase()} “${shortText(link.other.text, LINK_TEXT_LENGTH)}”`,
  );
  return `linked: ${parts.join("; ")}`;
}

/**
 * Whether an undercut can target this annotation: an undercut attacks the
 * step from a reason to its conclusion, so the annotation must be the
 * conclusion of a support in the map.
 */
export function hasReason(links: readonly AnnotationLink[] | undefined): boolean {
  return (links ?? []).some((link) => link.relation === "supports" && link.direction === "incoming");
}
