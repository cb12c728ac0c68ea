"use client";

import { useEffect, useState } from "react";
import { statementBox } from "@/lib/argument/map-style";
import type { LaidRoutes } from "@/lib/argument/layout-map";
import { placeNewBoxes } from "@/lib/argument/place-new-boxes";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { Box } from "./flow-elements";
import { useLayout } from "./use-layout";
import type { useMaps } from "./use-maps";

/**
 * The laid-out boxes, with the statements that have no place yet moved to
 * free spots beside the placed boxes they belong with (placeNewBoxes):
 * the reader's placed boxes stay where they are and nothing lands on them.
 * A map with no placed statement keeps the layout as it is.
 */
function withNewBoxesPlaced(graph: MapGraph, boxes: Map<string, Box>): Map<string, Box> {
  const placed = new Map(
    graph.nodes.flatMap((node) => (node.position ? [[node.id, { ...node.position, ...sizeOf(node) }] as const] : [])),
  );
  if (placed.size === 0) return boxes;
  const fresh = graph.nodes.filter((node) => !node.position).map((node) => node.id);
  const result = new Map(boxes);
  for (const [id, at] of placeNewBoxes(placed, boxes, fresh)) result.set(id, { ...boxes.get(id)!, ...at });
  return result;
}

function sizeOf(node: MapGraph["nodes"][number]) {
  const { width, height } = statementBox(node);
  return { width, height };
}

/**
 * The layout of the open map: statements without a place are placed when
 * they appear (beside their neighbours, never on a box), and `relayout` —
 * only when the reader asks — lays out everything anew (saving the places
 * when the reader may edit the map). `waiting` is true while a map none of
 * whose statements has a place yet is being laid out.
 */
export function useMapLayout(maps: ReturnType<typeof useMaps>) {
  const { current } = maps;
  const graph = current?.graph;
  const layoutWith = useLayout();
  const [layout, setLayout] = useState<ReadonlyMap<string, Box>>(new Map());
  const [routes, setRoutes] = useState<LaidRoutes>(new Map());
  const unplaced = graph?.nodes.filter((node) => !node.position).length ?? 0;
  // Such a map waits on an empty canvas, rather than drawing every statement
  // on top of each other first: React Flow mounts while the worker lays out
  // and gets the nodes afterwards, which keeps each main-thread task short.
  const waiting =
    !!graph && graph.nodes.length > 0 && graph.nodes.every((node) => !node.position && !layout.has(node.id));

  useEffect(() => {
    // Also when every box has its place: the layout's routes serve the boxes still where it put them.
    if (graph && graph.nodes.length > 0) {
      void layoutWith(graph).then(({ boxes, routes }) => {
        performance.mark("warrant:map-laid-out");
        setLayout(withNewBoxesPlaced(graph, boxes));
        setRoutes(routes);
      });
    }
    // Lay out again when a map opens and when nodes without a position appear, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.id, unplaced, layoutWith]);

  async function relayout() {
    if (!graph) return;
    const { boxes, routes } = await layoutWith({
      ...graph,
      nodes: graph.nodes.map((node) => ({ ...node, position: null })),
    });
    setLayout(boxes);
    setRoutes(routes);
    if (current?.canEdit) {
      maps.edit((g) => ({
        ...g,
        nodes: g.nodes.map((n) => {
          const box = boxes.get(n.id);
          return { ...n, position: box ? { x: box.x, y: box.y } : n.position };
        }),
      }));
    }
  }

  return { layout, routes, waiting, relayout };
}
