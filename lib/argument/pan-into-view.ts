import type { Viewport } from "./box-in-view";
import type { EdgeBox } from "./edge-ends";

/** Room left between a box brought into sight and the screen's edge (px). */
export const PAN_MARGIN = 24;

/**
 * The view moved, at the same zoom, by as little as shows `box` (flow
 * coordinates) whole on a screen of `screen` px, PAN_MARGIN from its edges;
 * a box larger than the screen shows from its top left. Centring a new box
 * instead moved the view by up to half the screen and took the rest of the
 * argument out of sight (a premise added beside the argument panel sent its
 * argument's junction off screen).
 */
export function panIntoView(box: EdgeBox, viewport: Viewport, screen: { width: number; height: number }): Viewport {
  const shift = (start: number, length: number, room: number) => {
    const end = start + length;
    if (start < PAN_MARGIN || length > room - 2 * PAN_MARGIN) return PAN_MARGIN - start;
    if (end > room - PAN_MARGIN) return room - PAN_MARGIN - end;
    return 0;
  };
  const { zoom } = viewport;
  return {
    x: viewport.x + shift(box.x * zoom + viewport.x, box.width * zoom, screen.width),
    y: viewport.y + shift(box.y * zoom + viewport.y, box.height * zoom, screen.height),
    zoom,
  };
}
