"use client";

import { useEdges, useNodes, type Edge, type Node } from "@xyflow/react";
import { useDeferredValue } from "react";
import { routeMap, type MapRouting, type RoutedEdge } from "@/lib/argument/route-map";
import { drawnBox, type RelationEdgeData } from "./flow-elements";

// One routing of the whole map per change of its nodes or edges, shared by
// every edge drawn from it: labels are placed clear of each other, so they
// are placed together. Each starts from the last (routeMap keeps the edges a
// drag leaves untouched), so a drag frame reroutes only edges near the box.
let last: (MapRouting & { nodes: Node[]; flowEdges: Edge[] }) | undefined;

/** What an edge's label says, a line each: its relation, and an argument's question badge under it. */
function labelOf(edge: Edge): string | undefined {
  const argument = (edge.data as RelationEdgeData | undefined)?.argument;
  if (argument) return argument.badge ? `supports\n${argument.badge}` : "supports";
  return typeof edge.label === "string" ? edge.label : undefined;
}

/**
 * The route and label place of edge `id` on the map as it is now (boxes
 * where they are drawn, dragged or laid out): round every other box, the
 * label on no box and no other label (lib/argument/route-map.ts).
 */
export function useEdgeRoute(id: string): RoutedEdge | undefined {
  // Deferred: React Flow's store renders every drag step at once, and with the routing in that render a step
  // of a box at the pane's edge (the box and the view both moving) took two frames on a map of 1,000
  // (bench:map's drag p95 33 ms). Routed in a render React may put off, the edges follow a frame later at worst.
  const nodes = useDeferredValue(useNodes());
  const edges = useDeferredValue(useEdges());
  if (!last || last.nodes !== nodes || last.flowEdges !== edges) {
    // Boxes waiting for their place (hidden, see flowElements) are no obstacle, and their edges wait with them.
    const boxes = new Map(nodes.filter((node) => !node.hidden).map((node) => [node.id, drawnBox(node)]));
    // The same edges (a drag moves boxes only): the same list, which routeMap then need not compare edge by edge.
    const toRoute =
      last?.flowEdges === edges
        ? last.edges
        : edges
            .filter((edge) => !edge.hidden)
            .map((edge) => ({
              id: edge.id,
              source: edge.source,
              target: edge.target,
              label: labelOf(edge),
              laid: (edge.data as RelationEdgeData | undefined)?.laid,
            }));
    last = { nodes, flowEdges: edges, boxes, edges: toRoute, routed: routeMap(boxes, toRoute, last) };
  }
  return last.routed.get(id);
}
