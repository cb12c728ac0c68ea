"use client";

import { useReactFlow } from "@xyflow/react";
import { useEffect, type RefObject } from "react";

/**
 * Keeps what is at the middle of the drawing at its middle when the drawing
 * changes width — the argument panel docking beside it, Full window — so the
 * boxes the reader was looking at stay in sight. React Flow keeps the
 * top-left corner instead, which left the right part of the view behind the
 * newly docked panel.
 */
export function useKeepCentre(container: RefObject<HTMLElement | null>) {
  const flow = useReactFlow();
  useEffect(() => {
    const drawing = container.current?.querySelector<HTMLElement>(".react-flow");
    if (!drawing) return;
    let width = drawing.clientWidth;
    const observer = new ResizeObserver(() => {
      const next = drawing.clientWidth;
      // A first measure (from nothing) is the first view's business, not a resize.
      if (width > 0 && next > 0 && next !== width) {
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x + (next - width) / 2, y, zoom });
      }
      width = next;
    });
    observer.observe(drawing);
    return () => observer.disconnect();
  }, [container, flow]);
}
