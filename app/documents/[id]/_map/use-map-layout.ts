"use client";

import { useEffect, useState } from "react";
import type { Box } from "./flow-elements";
import { useLayout } from "./use-layout";
import type { useMaps } from "./use-maps";

/**
 * The layout of the open map: statements without a place are laid out when
 * they appear, and `relayout` lays out everything anew (saving the places
 * when the reader may edit the map). `waiting` is true while a map none of
 * whose statements has a place yet is being laid out.
 */
export function useMapLayout(maps: ReturnType<typeof useMaps>) {
  const { current } = maps;
  const graph = current?.graph;
  const layoutWith = useLayout();
  const [layout, setLayout] = useState<ReadonlyMap<string, Box>>(new Map());
  const unplaced = graph?.nodes.filter((node) => !node.position).length ?? 0;
  // Such a map waits on an empty canvas, rather than drawing every statement
  // on top of each other first: React Flow mounts while the worker lays out
  // and gets the nodes afterwards, which keeps each main-thread task short.
  const waiting =
    !!graph && graph.nodes.length > 0 && graph.nodes.every((node) => !node.position && !layout.has(node.id));

  useEffect(() => {
    if (graph && unplaced > 0) {
      void layoutWith(graph).then((boxes) => {
        performance.mark("warrant:map-laid-out");
        setLayout(boxes);
      });
    }
    // Lay out again only when nodes without a position appear, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.id, unplaced, layoutWith]);

  async function relayout() {
    if (!graph) return;
    const boxes = await layoutWith({ ...graph, nodes: graph.nodes.map((node) => ({ ...node, position: null })) });
    setLayout(boxes);
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

  return { layout, waiting, relayout };
}
