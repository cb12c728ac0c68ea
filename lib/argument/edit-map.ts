import type { AnnotationKind } from "../validation/annotation";
import type { MapArgument, MapGraph, MapNode, NodeKind, Relation } from "../validation/argument-map";

// Edits of a map graph as pure functions: each returns a new graph and never
// changes its input, so the view can keep the old one for undo and compare.

let counter = 0;
/** A short id, unique within a map (maps are edited by one owner at a time). */
export function newLocalId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

type AnnotationRef = { id: string; kind: AnnotationKind; quote: string };

/** The node standing for `annotation`, adding it when the map has none. */
export function ensureAnnotationNode(graph: MapGraph, annotation: AnnotationRef): { graph: MapGraph; nodeId: string } {
  const existing = graph.nodes.find((node) => node.annotationId === annotation.id);
  if (existing) return { graph, nodeId: existing.id };
  const node: MapNode = {
    id: newLocalId("n"),
    annotationId: annotation.id,
    kind: annotation.kind,
    text: annotation.quote.replace(/\s+/g, " ").trim().slice(0, 5000) || "(empty passage)",
    position: null,
  };
  return { graph: { ...graph, nodes: [...graph.nodes, node] }, nodeId: node.id };
}

/**
 * Adds a free statement. One of kind "statement" is a premise the author
 * left unstated, marked so (it is labelled and drawn as one).
 */
export function addStatement(
  graph: MapGraph,
  text: string,
  kind: NodeKind = "statement",
): { graph: MapGraph; nodeId: string } {
  const node: MapNode = { id: newLocalId("n"), annotationId: null, kind, text, position: null };
  if (kind === "statement") node.unstated = true;
  return { graph: { ...graph, nodes: [...graph.nodes, node] }, nodeId: node.id };
}

/**
 * Links two statements: "supports" adds a one-premise argument, "attacks"
 * a rebuttal of `toId`, "undercuts" an attack on the argument `argumentId`
 * (which must conclude in `toId`). Returns the graph unchanged when the
 * same link exists already. Throws for a link to itself or an undercut
 * without an argument.
 */
export function linkStatements(
  graph: MapGraph,
  fromId: string,
  toId: string,
  relation: Relation,
  argumentId?: string,
): MapGraph {
  if (fromId === toId) throw new Error("A statement cannot be linked to itself");
  if (relation === "supports") {
    const exists = graph.arguments.some((a) => a.conclusionId === toId && a.premiseIds.includes(fromId));
    if (exists) return graph;
    const argument: MapArgument = {
      id: newLocalId("a"),
      conclusionId: toId,
      premiseIds: [fromId],
      scheme: null,
      answers: {},
    };
    return { ...graph, arguments: [...graph.arguments, argument] };
  }
  if (relation === "attacks") {
    const exists = graph.attacks.some(
      (a) => a.attackerId === fromId && "nodeId" in a.target && a.target.nodeId === toId,
    );
    if (exists) return graph;
    return {
      ...graph,
      attacks: [...graph.attacks, { id: newLocalId("x"), attackerId: fromId, target: { nodeId: toId } }],
    };
  }
  const target = graph.arguments.find((a) => a.id === argumentId && a.conclusionId === toId);
  if (!target) throw new Error("An undercut needs a supporting argument into that statement to attack");
  const exists = graph.attacks.some(
    (a) => a.attackerId === fromId && "argumentId" in a.target && a.target.argumentId === target.id,
  );
  if (exists) return graph;
  return {
    ...graph,
    attacks: [...graph.attacks, { id: newLocalId("x"), attackerId: fromId, target: { argumentId: target.id } }],
  };
}

/**
 * Joins arguments for the same conclusion into one linked argument (their
 * premises support it only together). Attacks on the joined arguments move
 * to the result. Throws unless there are two or more with one conclusion.
 */
export function joinArguments(graph: MapGraph, argumentIds: readonly string[]): MapGraph {
  const joined = graph.arguments.filter((a) => argumentIds.includes(a.id));
  const conclusions = new Set(joined.map((a) => a.conclusionId));
  if (joined.length < 2 || conclusions.size !== 1) throw new Error("Pick two or more reasons for the same conclusion");
  const [first] = joined;
  const merged: MapArgument = { ...first!, premiseIds: [...new Set(joined.flatMap((a) => a.premiseIds))] };
  const gone = new Set(joined.slice(1).map((a) => a.id));
  return {
    ...graph,
    arguments: graph.arguments.filter((a) => !gone.has(a.id)).map((a) => (a.id === merged.id ? merged : a)),
    attacks: graph.attacks.map((attack) =>
      "argumentId" in attack.target && gone.has(attack.target.argumentId)
        ? { ...attack, target: { argumentId: merged.id } }
        : attack,
    ),
    ...(graph.argumentSupports && {
      argumentSupports: graph.argumentSupports.map((support) =>
        gone.has(support.argumentId) ? { ...support, argumentId: merged.id } : support,
      ),
    }),
  };
}

/** Splits a linked argument into independent (convergent) one-premise arguments. */
export function splitArgument(graph: MapGraph, argumentId: string): MapGraph {
  const argument = graph.arguments.find((a) => a.id === argumentId);
  if (!argument || argument.premiseIds.length < 2) return graph;
  const [keep, ...rest] = argument.premiseIds;
  const parts = rest.map((premiseId) => ({ ...argument, id: newLocalId("a"), premiseIds: [premiseId] }));
  return {
    ...graph,
    arguments: graph.arguments.flatMap((a) => (a.id === argumentId ? [{ ...a, premiseIds: [keep!] }, ...parts] : [a])),
  };
}

/** Changes one node (text, kind or position); other fields stay. */
export function updateNode(
  graph: MapGraph,
  nodeId: string,
  change: Partial<Pick<MapNode, "text" | "kind" | "position">>,
): MapGraph {
  return { ...graph, nodes: graph.nodes.map((node) => (node.id === nodeId ? { ...node, ...change } : node)) };
}

/** Changes one argument's scheme or critical-question answers. */
export function updateArgument(
  graph: MapGraph,
  argumentId: string,
  change: Partial<Pick<MapArgument, "scheme" | "answers">>,
): MapGraph {
  return { ...graph, arguments: graph.arguments.map((a) => (a.id === argumentId ? { ...a, ...change } : a)) };
}

/**
 * Removes a node and every link that needs it: arguments it concludes,
 * its place among premises (an argument left without premises goes too),
 * attacks by or on it, attacks on arguments that went, restatements
 * of or by it, and supports of whole arguments by it or of arguments that went.
 */
export function removeNode(graph: MapGraph, nodeId: string): MapGraph {
  const args = graph.arguments
    .filter((a) => a.conclusionId !== nodeId)
    .map((a) => ({ ...a, premiseIds: a.premiseIds.filter((id) => id !== nodeId) }))
    .filter((a) => a.premiseIds.length > 0);
  const argumentIds = new Set(args.map((a) => a.id));
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => node.id !== nodeId),
    arguments: args,
    attacks: graph.attacks.filter(
      (attack) =>
        attack.attackerId !== nodeId &&
        ("nodeId" in attack.target ? attack.target.nodeId !== nodeId : argumentIds.has(attack.target.argumentId)),
    ),
    ...(graph.restatements && {
      restatements: graph.restatements.filter((r) => r.fromId !== nodeId && r.toId !== nodeId),
    }),
    ...(graph.argumentSupports && {
      argumentSupports: graph.argumentSupports.filter(
        (support) => support.premiseId !== nodeId && argumentIds.has(support.argumentId),
      ),
    }),
  };
}

/** Removes an argument (and undercuts and supports of it), an attack or a support of an argument, by id. */
export function removeLink(graph: MapGraph, linkId: string): MapGraph {
  return {
    ...graph,
    arguments: graph.arguments.filter((a) => a.id !== linkId),
    attacks: graph.attacks.filter(
      (attack) => attack.id !== linkId && !("argumentId" in attack.target && attack.target.argumentId === linkId),
    ),
    ...(graph.argumentSupports && {
      argumentSupports: graph.argumentSupports.filter(
        (support) => support.id !== linkId && support.argumentId !== linkId,
      ),
    }),
  };
}

/** Changes a link's relation in place: a support becomes an attack on the same statement, and back. */
export function changeRelation(graph: MapGraph, linkId: string, relation: Relation): MapGraph {
  const argument = graph.arguments.find((a) => a.id === linkId);
  const attack = graph.attacks.find((a) => a.id === linkId);
  const from = argument ? argument.premiseIds[0] : attack?.attackerId;
  const to = argument ? argument.conclusionId : attack && "nodeId" in attack.target ? attack.target.nodeId : undefined;
  if (!from || !to || (argument && argument.premiseIds.length > 1)) return graph;
  return linkStatements(removeLink(graph, linkId), from, to, relation);
}
