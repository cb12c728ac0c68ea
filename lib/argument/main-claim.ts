import type { MapGraph } from "@/lib/validation/argument-map";

type Point = { x: number; y: number };

/**
 * The statement a map is mainly about, where its first view should open:
 * among final conclusions (supported, but no argument's premise), the one
 * with the most statements beneath it through chains of support; ties go
 * to the top-most, then left-most, box. A map of supports in a circle has
 * no final conclusion, so any conclusion competes; a map with no support
 * at all opens on its top-most statement. Null only for an empty map.
 */
export function mainClaim(graph: MapGraph, positions: ReadonlyMap<string, Point>): string | null {
  const premisesOf = new Map<string, string[]>();
  const isPremise = new Set<string>();
  for (const argument of graph.arguments) {
    premisesOf.set(argument.conclusionId, [...(premisesOf.get(argument.conclusionId) ?? []), ...argument.premiseIds]);
    argument.premiseIds.forEach((id) => isPremise.add(id));
  }
  const ids = graph.nodes.map((node) => node.id);
  const conclusions = ids.filter((id) => premisesOf.has(id));
  const final = conclusions.filter((id) => !isPremise.has(id));
  const candidates = final.length > 0 ? final : conclusions.length > 0 ? conclusions : ids;

  /** How many statements support `id`, directly or through others (each counted once). */
  function supportBeneath(id: string): number {
    const seen = new Set([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const premise of premisesOf.get(stack.pop()!) ?? []) {
        if (!seen.has(premise)) {
          seen.add(premise);
          stack.push(premise);
        }
      }
    }
    return seen.size - 1;
  }

  const origin = { x: 0, y: 0 };
  let best: { id: string; support: number; at: Point } | null = null;
  for (const id of candidates) {
    const support = supportBeneath(id);
    const at = positions.get(id) ?? origin;
    const better =
      !best ||
      support > best.support ||
      (support === best.support && (at.y < best.at.y || (at.y === best.at.y && at.x < best.at.x)));
    if (better) best = { id, support, at };
  }
  return best?.id ?? null;
}
