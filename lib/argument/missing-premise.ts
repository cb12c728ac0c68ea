import type { MapGraph, MapNode } from "../validation/argument-map";
import { MAX_PREMISES } from "../validation/argument-map";
import { newLocalId } from "./edit-map";
import { squeezeSpace } from "./statement-text";

type Box = { x: number; y: number; width: number; height: number };

/** Space left between a new premise and the box beside it, in map pixels. */
const GAP = 40;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A premise the author left unstated, added where the reader spotted it: a
 * statement marked `unstated` that joins the argument's premises at once
 * (one edit, so one save and one version), placed on the row of its sibling
 * premises, right of the rightmost and past any box already there. Without
 * a placed sibling the layout places it. `boxes` are the statements' places
 * as laid out; a saved position wins over them.
 */
export function addMissingPremise(
  graph: MapGraph,
  argumentId: string,
  text: string,
  boxes: ReadonlyMap<string, Box>,
  size: { width: number; height: number },
): { graph: MapGraph; nodeId: string } {
  const statement = squeezeSpace(text);
  if (!statement) throw new Error("Type the missing premise first");
  const argument = graph.arguments.find((a) => a.id === argumentId);
  if (!argument) throw new Error("That argument is no longer on the map");
  if (argument.premiseIds.length >= MAX_PREMISES) throw new Error(`An argument has at most ${MAX_PREMISES} premises`);

  const placed = new Map<string, Box>();
  for (const node of graph.nodes) {
    const laid = boxes.get(node.id);
    const at = node.position ?? laid;
    if (at) placed.set(node.id, { width: size.width, height: size.height, ...laid, x: at.x, y: at.y });
  }
  const siblings = argument.premiseIds.flatMap((id) => placed.get(id) ?? []);
  let position: MapNode["position"] = null;
  if (siblings.length > 0) {
    const candidate = {
      x: Math.max(...siblings.map((box) => box.x + box.width)) + GAP,
      y: Math.min(...siblings.map((box) => box.y)),
      ...size,
    };
    const others = [...placed.values()];
    while (others.some((box) => overlaps(candidate, box))) candidate.x += size.width + GAP;
    position = { x: candidate.x, y: candidate.y };
  }

  const node: MapNode = {
    id: newLocalId("n"),
    annotationId: null,
    kind: "statement",
    text: statement,
    position,
    unstated: true,
  };
  return {
    graph: {
      ...graph,
      nodes: [...graph.nodes, node],
      arguments: graph.arguments.map((a) =>
        a.id === argumentId ? { ...a, premiseIds: [...a.premiseIds, node.id] } : a,
      ),
    },
    nodeId: node.id,
  };
}
