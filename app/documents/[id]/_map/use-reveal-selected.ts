"use client";

import { useReactFlow } from "@xyflow/react";
import { useEffect, type RefObject } from "react";
import { boxInView } from "@/lib/argument/box-in-view";
import { drawingSize } from "./drawing-size";

/**
 * Brings the selected box into sight, at the zoom the reader chose, only
 * when it is not in sight already: a click on a box, or a passage chosen in
 * the text whose box shows, leaves the view as it is (fitting the view to
 * the box zoomed to about 2× and lost the overview).
 */
export function useRevealSelected(selectedNodeId: string | null, container: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  useEffect(() => {
    const pane = container.current;
    const node = selectedNodeId ? flow.getNode(selectedNodeId) : undefined;
    if (!pane || !node) return;
    const box = {
      ...node.position,
      width: node.measured?.width ?? node.initialWidth ?? 0,
      height: node.measured?.height ?? node.initialHeight ?? 0,
    };
    const viewport = flow.getViewport();
    if (boxInView(box, viewport, drawingSize(pane))) return;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: viewport.zoom, duration: 300 });
  }, [flow, selectedNodeId, container]);
}
