"use client";

import { useEffect, useRef, useState } from "react";
import type { LaidRoutes } from "@/lib/argument/layout-map";
import { mergeLayout } from "@/lib/argument/merge-layout";
import type { Box } from "./flow-elements";
import { useLayout } from "./use-layout";
import type { useMaps } from "./use-maps";

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
  // Re-run layouts asked for: the view goes back to the first view after each, and only then.
  const [relayouts, setRelayouts] = useState(0);
  // What was drawn, and for which map: boxes already drawn keep their spot when the map is laid out again.
  const shown = useRef<{ mapId: string | undefined; layout: ReadonlyMap<string, Box> }>({
    mapId: undefined,
    layout: new Map(),
  });
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
        const before = shown.current.mapId === current?.id ? shown.current.layout : new Map<string, Box>();
        const merged = mergeLayout(graph, boxes, before);
        shown.current = { mapId: current?.id, layout: merged };
        setLayout(merged);
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
    shown.current = { mapId: current?.id, layout: boxes };
    setLayout(boxes);
    setRoutes(routes);
    setRelayouts((count) => count + 1);
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

  return { layout, routes, relayouts, waiting, relayout };
}
