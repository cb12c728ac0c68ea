import type { Viewport } from "./box-in-view";
import { mapBounds } from "./map-bounds";

type Box = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };

/** Screen px kept clear around the fitted map. */
const PADDING = 24;

/**
 * The viewport that shows every box of the map ("Fit map"), computed from
 * the layout's boxes rather than from React Flow's measurements: React Flow
 * fits only once every node is measured, and with onlyRenderVisibleElements
 * a box out of sight is never drawn, so never measured, and its fitView did
 * nothing on a map partly off screen. `corner` is the mini-map's size at the
 * bottom-right: the map is fitted either beside it or above it, whichever
 * shows it larger, so no box lies under the mini-map.
 */
export function fitMap(
  boxes: ReadonlyMap<string, Box>,
  pane: Size,
  corner: Size,
  limits: { minZoom: number; maxZoom: number },
): Viewport {
  const bounds = mapBounds(boxes);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  const { left, top, right, bottom } = bounds;
  const zoomIn = (area: Size) =>
    Math.min(
      limits.maxZoom,
      Math.max(
        limits.minZoom,
        Math.min((area.width - 2 * PADDING) / (right - left), (area.height - 2 * PADDING) / (bottom - top)),
      ),
    );
  const beside = { width: pane.width - corner.width, height: pane.height };
  const above = { width: pane.width, height: pane.height - corner.height };
  const area = zoomIn(beside) >= zoomIn(above) ? beside : above;
  const zoom = zoomIn(area);
  return {
    x: area.width / 2 - ((left + right) / 2) * zoom,
    y: area.height / 2 - ((top + bottom) / 2) * zoom,
    zoom,
  };
}
