import type { MapGraph, MapNode } from "@/lib/validation/argument-map";
import { findCycles } from "./find-cycles";
import { mapEdges, mapJunctions } from "./map-edges";
import { shortText } from "./statement-text";

/**
 * Something in a map worth a second look. Never an error: a map in progress
 * is allowed to be incomplete, and a reader may mean every one of these.
 *
 * - "unsupported-claim": a claim no argument concludes to;
 * - "unlinked-evidence": evidence with no link at all (supports nothing, is
 *   attacked by nothing, attacks nothing);
 * - "orphaned-passage": a node whose annotation's passage can no longer be
 *   found in the document (the node still shows its last text);
 * - "support-cycle": statements that, following premise → conclusion,
 *   support each other in a circle; `nodeIds` lists the circle in order.
 */
export type MapWarningCode = "unsupported-claim" | "unlinked-evidence" | "orphaned-passage" | "support-cycle";

export type MapWarning = {
  code: MapWarningCode;
  /** One sentence for a reader, naming the statements by their (shortened) text. */
  message: string;
  /** The nodes concerned, to highlight them. */
  nodeIds: string[];
};

/** What checkMap needs to know beyond the map itself. */
export type CheckMapContext = {
  /** Annotations whose passage could not be re-anchored in the current document. */
  orphanedAnnotationIds: ReadonlySet<string>;
};

const quoted = (node: MapNode) => `“${shortText(node.text, 50)}”`;

/**
 * The warnings for `graph`: first, in node order, each node's own warnings
 * (unsupported claim, unlinked evidence, orphaned passage — in that order);
 * then one "support-cycle" per set of statements that support each other in
 * a circle (the shortest circle through the set's earliest node, listed
 * from that node). Pure; linear in the size of the map. Dangling references
 * are ignored as mapEdges ignores them.
 */
export function checkMap(graph: MapGraph, context: CheckMapContext): MapWarning[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const edges = mapEdges(graph);
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const junctions = mapJunctions(graph);
  const supported = new Set(
    junctions.filter((junction) => junction.premiseIds.length > 0).map((junction) => junction.argument.conclusionId),
  );

  const warnings: MapWarning[] = [];
  for (const node of graph.nodes) {
    if (node.kind === "claim" && !supported.has(node.id)) {
      warnings.push({
        code: "unsupported-claim",
        message: `The claim ${quoted(node)} has no reason supporting it.`,
        nodeIds: [node.id],
      });
    }
    if (node.kind === "evidence" && !linked.has(node.id)) {
      warnings.push({
        code: "unlinked-evidence",
        message: `The evidence ${quoted(node)} is not linked to anything.`,
        nodeIds: [node.id],
      });
    }
    // Stryker disable next-line ConditionalExpression: equivalent, the orphan set holds annotation ids, never null.
    if (node.annotationId !== null && context.orphanedAnnotationIds.has(node.annotationId)) {
      warnings.push({
        code: "orphaned-passage",
        message: `The passage behind ${quoted(node)} can no longer be found in the document.`,
        nodeIds: [node.id],
      });
    }
  }

  // Premise → conclusion, skipping the junction: a cycle is between statements.
  const successors = new Map<string, string[]>();
  for (const junction of junctions) {
    for (const premiseId of junction.premiseIds) {
      // Stryker disable next-line ArrayDeclaration: equivalent, findCycles ignores successors that are not nodes.
      const list = successors.get(premiseId) ?? [];
      list.push(junction.argument.conclusionId);
      successors.set(premiseId, list);
    }
  }
  for (const cycle of findCycles(
    graph.nodes.map((node) => node.id),
    successors,
  )) {
    const names = [...cycle, cycle[0]].map((id) => quoted(byId.get(id)!));
    warnings.push({
      code: "support-cycle",
      message: `These statements support each other in a circle: ${names.join(" → ")}.`,
      nodeIds: cycle,
    });
  }
  return warnings;
}
