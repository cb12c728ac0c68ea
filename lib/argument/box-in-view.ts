import type { EdgeBox } from "./edge-ends";

/** A pan and zoom as React Flow keeps it: flow point p shows at p × zoom + (x, y) on screen. */
export type Viewport = { x: number; y: number; zoom: number };

/**
 * Whether `box` (flow coordinates) shows whole on a screen of `screen` px at
 * `viewport`. Selecting a box moves the view only when this is false, so a
 * click never loses the reader's overview.
 */
export function boxInView(box: EdgeBox, viewport: Viewport, screen: { width: number; height: number }): boolean {
  const left = box.x * viewport.zoom + viewport.x;
  const top = box.y * viewport.zoom + viewport.y;
  return (
    left >= 0 &&
    top >= 0 &&
    left + box.width * viewport.zoom <= screen.width &&
    top + box.height * viewport.zoom <= screen.height
  );
}
