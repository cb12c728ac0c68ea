import type { MapGraph } from "@/lib/validation/argument-map";

/** One statement of a map read as an outline: what it says, the passage it quotes, and what bears on it. */
export type OutlineStatement = {
  id: string;
  text: string;
  /** The passage of the reading the statement is anchored to (null: a statement typed in the map). */
  quote: string | null;
  reasons: OutlineStatement[];
  objections: OutlineStatement[];
};

/**
 * An argument map as a readable list, for a student shown the reference map
 * with their result: each main claim (a statement that supports or attacks
 * nothing) with its reasons (the premises of arguments concluding in it) and
 * objections (the statements attacking it or its arguments), nested. Each
 * statement appears once, under the first claim that reaches it, so a map
 * with a cycle still reads; statements reached from no claim follow as
 * claims of their own.
 */
export function referenceMapOutline(graph: MapGraph, quotes: ReadonlyMap<string, string>): OutlineStatement[] {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const bearing = new Set<string>();
  for (const argument of graph.arguments) argument.premiseIds.forEach((id) => bearing.add(id));
  for (const attack of graph.attacks) bearing.add(attack.attackerId);
  const placed = new Set<string>();

  const outline = (id: string): OutlineStatement => {
    placed.add(id);
    const node = nodes.get(id)!;
    const ownArguments = graph.arguments.filter((argument) => argument.conclusionId === id);
    const argumentIds = new Set(ownArguments.map((argument) => argument.id));
    const reasonIds = ownArguments.flatMap((argument) => argument.premiseIds);
    const objectionIds = graph.attacks
      .filter((attack) =>
        "nodeId" in attack.target ? attack.target.nodeId === id : argumentIds.has(attack.target.argumentId),
      )
      .map((attack) => attack.attackerId);
    const unplaced = (ids: string[]) => [...new Set(ids)].filter((other) => nodes.has(other) && !placed.has(other));
    const reasons = unplaced(reasonIds);
    reasons.forEach((other) => placed.add(other));
    const objections = unplaced(objectionIds);
    objections.forEach((other) => placed.add(other));
    return {
      id,
      text: node.text,
      quote: node.annotationId ? (quotes.get(node.annotationId) ?? null) : null,
      reasons: reasons.map(outline),
      objections: objections.map(outline),
    };
  };

  const claims: OutlineStatement[] = [];
  for (const node of graph.nodes) if (!bearing.has(node.id) && !placed.has(node.id)) claims.push(outline(node.id));
  for (const node of graph.nodes) if (!placed.has(node.id)) claims.push(outline(node.id));
  return claims;
}
