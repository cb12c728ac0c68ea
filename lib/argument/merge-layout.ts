import type { MapGraph } from "@/lib/validation/argument-map";
import type { EdgeBox } from "./edge-ends";
import { mapJunctions } from "./map-edges";
import { statementBox } from "./map-style";
import { placeNewBoxes } from "./place-new-boxes";

const sameSpot = (a: EdgeBox | undefined, b: EdgeBox | undefined) => !!a && !!b && a.x === b.x && a.y === b.y;

/**
 * Where the map view draws the statements that have no saved place, after
 * a new layout (`fresh`, of the whole graph) while `shown` is what it drew
 * before: a statement already drawn stays where it was; the reader's placed
 * ones stay where they are; only statements new to the view go to free
 * spots beside the boxes they belong with (placeNewBoxes). So adding a
 * statement, or dragging one that had no place yet, never moves the rest.
 * A map with nothing placed or shown takes the fresh layout as it is. A
 * junction keeps the fresh layout's spot only while its statements are
 * all where that layout put them; else it is left out (drawn between them).
 */
export function mergeLayout(
  graph: MapGraph,
  fresh: ReadonlyMap<string, EdgeBox>,
  shown: ReadonlyMap<string, EdgeBox>,
): Map<string, EdgeBox> {
  const placed = new Map<string, EdgeBox>();
  const newIds: string[] = [];
  for (const node of graph.nodes) {
    const { width, height } = statementBox(node);
    const before = shown.get(node.id);
    if (node.position) placed.set(node.id, { ...node.position, width, height });
    else if (before) placed.set(node.id, { x: before.x, y: before.y, width, height });
    else newIds.push(node.id);
  }
  if (placed.size === 0) return new Map(fresh);
  const result = new Map(fresh);
  for (const node of graph.nodes) {
    if (!node.position && placed.has(node.id)) result.set(node.id, placed.get(node.id)!);
  }
  for (const [id, at] of placeNewBoxes(placed, fresh, newIds)) result.set(id, { ...fresh.get(id)!, ...at });
  const drawnAt = (nodeId: string) => placed.get(nodeId) ?? result.get(nodeId);
  for (const { id, argument, premiseIds } of mapJunctions(graph)) {
    const ids = [argument.conclusionId, ...premiseIds];
    if (!ids.every((nodeId) => sameSpot(drawnAt(nodeId), fresh.get(nodeId)))) result.delete(id);
  }
  return result;
}
