"use client";

import { useReactFlow, type Node } from "@xyflow/react";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { boxInView } from "@/lib/argument/box-in-view";
import { fitMap } from "@/lib/argument/fit-map";
import { mainClaim } from "@/lib/argument/main-claim";
import { openingView, READABLE_ZOOM } from "@/lib/argument/opening-view";
import { panIntoView } from "@/lib/argument/pan-into-view";
import type { MapGraph } from "@/lib/validation/argument-map";
import { drawingSize } from "./drawing-size";

/**
 * Where each drawn node is, by its initial (layout) size: nodes out of view
 * are never measured. Nodes still waiting for their place (hidden) are left out.
 */
function boxesOf(nodes: readonly Node[]) {
  return new Map(
    nodes
      .flatMap((node) => (node.hidden ? [] : [node]))
      .map((node) => [
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

type Size = { width: number; height: number };

/**
 * The mini-map's corner while the mini-map is shown; none when it is hidden
 * (a container query hides it on a drawing under 560 px: map-navigation.css).
 * Read from the page, so this follows the style sheet rather than a copy of its width.
 */
function miniMapCorner(pane: HTMLElement, corner: Size): Size {
  const miniMap = pane.querySelector(".react-flow__minimap");
  return miniMap && miniMap.getClientRects().length > 0 ? corner : { width: 0, height: 0 };
}

/**
 * Where the map's view goes by itself. The first view, once React Flow is
 * ready and every statement has its place: the whole map when it fits at a
 * readable zoom, else a readable zoom on the main claim (openingView), clear
 * of the mini-map's corner while the mini-map is shown. Afterwards it
 * moves by itself only on a re-run layout (`relayouts` counts them: the
 * first view again), when most boxes moved before the reader moved the view,
 * or when a new box lands not wholly in sight (brought in at the same zoom,
 * by as little a move as shows it: panIntoView).
 * Once the reader has panned, zoomed, searched or selected, nothing else
 * moves it: the map laid out again on opening must not take the view away
 * from what they found. `centreOn` centres a box at a readable zoom at
 * least, for "Find statement"; `fitAll` shows every box ("Fit map") with the
 * mini-map's corner (`fit.corner`) clear while the mini-map is shown.
 */
export function useMapViewport(
  graph: MapGraph,
  nodes: readonly Node[],
  container: RefObject<HTMLDivElement | null>,
  fit: { corner: { width: number; height: number }; limits: { minZoom: number; maxZoom: number } },
  relayouts: number,
  selectedNodeId: string | null,
) {
  const flow = useReactFlow();
  const [ready, setReady] = useState(false);
  const seen = useRef<Map<string, { x: number; y: number }> | null>(null);
  // Whether the reader has moved the view (or chosen a box), and how many re-run layouts were answered.
  const touched = useRef(false);
  const answered = useRef(relayouts);
  if (selectedNodeId) touched.current = true;

  useEffect(() => {
    const pane = container.current;
    // Not while a statement waits for its place: the view opens on the whole map, and a box is brought into sight once it is drawn.
    if (!ready || !pane || nodes.length === 0 || nodes.some((node) => node.type === "statement" && node.hidden)) return;
    const size = drawingSize(pane);
    const boxes = boxesOf(nodes);
    const before = seen.current;
    seen.current = new Map(nodes.map((node) => [node.id, node.position]));
    const moved = before
      ? nodes.filter((node) => {
          const was = before.get(node.id);
          return was && (was.x !== node.position.x || was.y !== node.position.y);
        })
      : [];
    const asked = answered.current !== relayouts;
    answered.current = relayouts;
    if (asked) touched.current = false;
    if (!before || asked || (!touched.current && moved.length > nodes.length / 2)) {
      const view = openingView(boxes, mainClaim(graph, boxes), size, miniMapCorner(pane, fit.corner));
      void flow.setViewport(view, { duration: before ? 200 : 0 });
      return;
    }
    const added = nodes.filter((node) => node.type === "statement" && !before.has(node.id));
    const current = flow.getViewport();
    const lost = added.find((node) => !boxInView(boxes.get(node.id)!, current, size));
    if (lost) void flow.setViewport(panIntoView(boxes.get(lost.id)!, current, size), { duration: 200 });
    // The graph is read for the main claim only when the view opens, which a change of boxes triggers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, nodes, flow, container, relayouts]);

  const centreOn = useCallback(
    (nodeId: string) => {
      const node = flow.getNode(nodeId);
      if (!node) return Promise.resolve(false);
      touched.current = true;
      const box = boxesOf([node]).get(nodeId)!;
      const zoom = Math.max(flow.getZoom(), READABLE_ZOOM);
      return flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 300 });
    },
    [flow],
  );

  const fitAll = useCallback(() => {
    const pane = container.current;
    if (!pane) return;
    touched.current = true;
    // Every node by its layout size: React Flow never measures the ones out of sight.
    const boxes = boxesOf(flow.getNodes());
    void flow.setViewport(fitMap(boxes, drawingSize(pane), miniMapCorner(pane, fit.corner), fit.limits), {
      duration: 200,
    });
  }, [flow, container, fit.corner, fit.limits]);

  /** A pan or zoom by the reader (React Flow passes no event when the view is moved by code). */
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) touched.current = true;
  }, []);

  const onInit = useCallback(() => setReady(true), []);
  return { onInit, onMoveStart, centreOn, fitAll };
}
