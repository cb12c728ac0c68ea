import type { AnnotationKind } from "../validation/annotation";
import type { MapGraph } from "../validation/argument-map";
import { dragLinkChoices, linkByDrag, type DragLinkChoices, type DragRelation } from "./drag-link";
import type { EdgeBox } from "./edge-ends";
import { ensureAnnotationNode } from "./edit-map";
import { statementBox } from "./map-style";
import { placeNewBoxes } from "./place-new-boxes";

/** The annotation whose highlighted passage was dragged onto the map. */
export type DroppedPassage = { id: string; kind: AnnotationKind; quote: string };

/** Room between the box dropped on and a new box under it: ELK's space between layers (layout-map.ts). */
const LAYER_GAP = 36;

/**
 * What a passage dropped on a box of the map may become: what its statement
 * could be if it were on the map already (dragLinkChoices), so nothing onto
 * its own box, and only an undercut onto a junction.
 */
export function passageDropChoices(graph: MapGraph, passage: DroppedPassage, toId: string): DragLinkChoices {
  const { graph: withPassage, nodeId } = ensureAnnotationNode(graph, passage);
  return dragLinkChoices(withPassage, nodeId, toId);
}

/**
 * Every box the map view draws, where it draws it: a statement at its saved
 * place, else the layout's; a junction where the layout put it.
 */
function drawnBoxes(graph: MapGraph, layout: ReadonlyMap<string, EdgeBox>): Map<string, EdgeBox> {
  const drawn = new Map(layout);
  for (const node of graph.nodes) {
    const at = node.position ?? layout.get(node.id);
    if (at) drawn.set(node.id, { x: at.x, y: at.y, ...sizeOf(statementBox(node)) });
    else drawn.delete(node.id);
  }
  return drawn;
}

const sizeOf = ({ width, height }: { width: number; height: number }) => ({ width, height });

/**
 * The map after a passage is dropped on box `toId` and `relation` chosen,
 * as one edit (one save, one version in the map's history): the passage's
 * statement is added unless the map has it (as linking from the margin
 * adds it), then linked as a drag from box to box links. A statement added
 * here is placed under the box it was dropped on, the way the layout puts a
 * reason or an objection under its conclusion, or at the nearest spot clear
 * of every box drawn (`layout` is what the view drew; placeNewBoxes keeps
 * the layout's gap). Its place is saved, so every reader of the map sees it
 * there. Throws, in words, for what the choices do not offer.
 */
export function linkPassageByDrop(
  graph: MapGraph,
  passage: DroppedPassage,
  toId: string,
  relation: DragRelation,
  layout: ReadonlyMap<string, EdgeBox>,
): MapGraph {
  const isNew = !graph.nodes.some((node) => node.annotationId === passage.id);
  const { graph: withPassage, nodeId } = ensureAnnotationNode(graph, passage);
  const linked = linkByDrag(withPassage, nodeId, toId, relation);
  const drawn = drawnBoxes(graph, layout);
  const target = drawn.get(toId) ?? drawn.get(graph.arguments.find((a) => a.id === toId)?.conclusionId ?? "");
  if (!isNew || !target) return linked;
  const node = linked.nodes.find((n) => n.id === nodeId)!;
  const box = sizeOf(statementBox(node));
  const wanted = {
    x: target.x + target.width / 2 - box.width / 2,
    y: target.y + target.height + LAYER_GAP,
    ...box,
  };
  const spot = placeNewBoxes(
    drawn,
    new Map([
      [toId, target],
      [nodeId, wanted],
    ]),
    [nodeId],
  ).get(nodeId);
  if (!spot) return linked;
  const position = { x: Math.round(spot.x), y: Math.round(spot.y) };
  return { ...linked, nodes: linked.nodes.map((n) => (n.id === nodeId ? { ...n, position } : n)) };
}
