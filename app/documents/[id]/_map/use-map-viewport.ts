"use client";

import { useReactFlow, type Node } from "@xyflow/react";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { boxInView } from "@/lib/argument/box-in-view";
import { mainClaim } from "@/lib/argument/main-claim";
import { openingView, READABLE_ZOOM } from "@/lib/argument/opening-view";
import type { MapGraph } from "@/lib/validation/argument-map";

/** Where each drawn node is, by its initial (layout) size: nodes out of view are never measured. */
function boxesOf(nodes: readonly Node[]) {
  return new Map(
    nodes.map((node) => [
      node.id,
      {
        x: node.position.x,
        y: node.position.y,
        width: node.initialWidth ?? node.measured?.width ?? 0,
        height: node.initialHeight ?? node.measured?.height ?? 0,
      },
    ]),
  );
}

/**
 * Where the map's view goes by itself. The first view, once React Flow is
 * ready and the map has boxes: the whole map when it fits at a readable
 * zoom, else a readable zoom on the main claim (openingView). Afterwards it
 * moves only when most boxes moved (a re-run layout: the first view again)
 * or a new box lands not wholly in sight (brought in at the same zoom); a box
 * dragged or selected never moves it. `centreOn` centres a box at a
 * readable zoom at least, for "Find statement".
 */
export function useMapViewport(graph: MapGraph, nodes: readonly Node[], container: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  const [ready, setReady] = useState(false);
  const seen = useRef<Map<string, { x: number; y: number }> | null>(null);

  useEffect(() => {
    const pane = container.current;
    if (!ready || !pane || nodes.length === 0) return;
    const size = { width: pane.clientWidth, height: pane.clientHeight };
    const boxes = boxesOf(nodes);
    const before = seen.current;
    seen.current = new Map(nodes.map((node) => [node.id, node.position]));
    const moved = before
      ? nodes.filter((node) => {
          const was = before.get(node.id);
          return was && (was.x !== node.position.x || was.y !== node.position.y);
        })
      : [];
    if (!before || moved.length > nodes.length / 2) {
      void flow.setViewport(openingView(boxes, mainClaim(graph, boxes), size), { duration: before ? 200 : 0 });
      return;
    }
    const added = nodes.filter((node) => node.type === "statement" && !before.has(node.id));
    const current = flow.getViewport();
    const lost = added.find((node) => !boxInView(boxes.get(node.id)!, current, size));
    if (lost) {
      const box = boxes.get(lost.id)!;
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: current.zoom, duration: 200 });
    }
    // The graph is read for the main claim only when the view opens, which a change of boxes triggers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, nodes, flow, container]);

  const centreOn = useCallback(
    (nodeId: string) => {
      const node = flow.getNode(nodeId);
      if (!node) return Promise.resolve(false);
      const box = boxesOf([node]).get(nodeId)!;
      const zoom = Math.max(flow.getZoom(), READABLE_ZOOM);
      return flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 300 });
    },
    [flow],
  );

  const onInit = useCallback(() => setReady(true), []);
  return { onInit, centreOn };
}
