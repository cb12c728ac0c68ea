import type { Viewport } from "./box-in-view";
import { mapBounds } from "./map-bounds";

/** The zoom at which the map's statement text (12.5 px) reads at 12 px or more. */
export const READABLE_ZOOM = 1;
/** A small map is shown whole, but not blown up past this. */
const MAX_OPENING_ZOOM = 1.2;
/** Screen px kept clear around a map shown whole. */
const PADDING = 24;
/** Where the main claim's centre sits down a big map's view: high, so its reasons below show too. */
const CLAIM_HEIGHT_SHARE = 0.3;

type Box = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };

const NO_CORNER: Size = { width: 0, height: 0 };

/**
 * The viewport a map opens at (React Flow's: screen = flow × zoom + x/y).
 * A map that fits the pane at a readable zoom is shown whole and centred;
 * a bigger one opens at the readable zoom on its main claim, rather than
 * all of it at a zoom where no word can be read. "Fit map" still shows it
 * all on request. `corner` is the mini-map's size at the pane's bottom
 * right while it is shown (none when hidden): a map shown whole is fitted
 * beside it or above it, whichever shows it larger (as fitMap does), and
 * the main claim of a big map is moved, the shorter way, left of it or
 * above it, so the first thing the reader looks for is never under it.
 */
export function openingView(
  boxes: ReadonlyMap<string, Box>,
  mainClaimId: string | null,
  pane: Size,
  corner: Size = NO_CORNER,
): Viewport {
  const bounds = mapBounds(boxes);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  const all = [...boxes.values()];
  const { left, top, right, bottom } = bounds;
  const fitIn = (area: Size) =>
    Math.min((area.width - 2 * PADDING) / (right - left), (area.height - 2 * PADDING) / (bottom - top));
  const beside = { width: pane.width - corner.width, height: pane.height };
  const above = { width: pane.width, height: pane.height - corner.height };
  const area = fitIn(beside) >= fitIn(above) ? beside : above;
  const fit = fitIn(area);
  if (fit >= READABLE_ZOOM) {
    const zoom = Math.min(fit, MAX_OPENING_ZOOM);
    return {
      x: area.width / 2 - ((left + right) / 2) * zoom,
      y: area.height / 2 - ((top + bottom) / 2) * zoom,
      zoom,
    };
  }
  const claim = (mainClaimId && boxes.get(mainClaimId)) || all[0]!;
  const zoom = READABLE_ZOOM;
  const centreY = Math.max(pane.height * CLAIM_HEIGHT_SHARE, (claim.height / 2) * zoom + PADDING);
  const view = {
    x: pane.width / 2 - (claim.x + claim.width / 2) * zoom,
    y: centreY - (claim.y + claim.height / 2) * zoom,
    zoom,
  };
  return clearOfCorner(view, claim, pane, corner);
}

/**
 * `view` panned, the shorter way, so that `claim` shows left of the corner
 * or above it, if it is under it and one of the two has room for it; else
 * `view` as it is (a pane that small shows no mini-map: it is hidden under 560 px).
 */
function clearOfCorner(view: Viewport, claim: Box, pane: Size, corner: Size): Viewport {
  const screen = {
    left: claim.x * view.zoom + view.x,
    top: claim.y * view.zoom + view.y,
    right: (claim.x + claim.width) * view.zoom + view.x,
    bottom: (claim.y + claim.height) * view.zoom + view.y,
  };
  const [cornerLeft, cornerTop] = [pane.width - corner.width, pane.height - corner.height];
  if (corner.width <= 0 || corner.height <= 0 || screen.right <= cornerLeft || screen.bottom <= cornerTop) return view;
  const moves: { x: number; y: number }[] = [];
  const leftBy = screen.right - cornerLeft;
  if (screen.left - leftBy >= PADDING) moves.push({ x: -leftBy, y: 0 });
  const upBy = screen.bottom - cornerTop;
  if (screen.top - upBy >= PADDING) moves.push({ x: 0, y: -upBy });
  const shortest = moves.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y))[0];
  return shortest ? { ...view, x: view.x + shortest.x, y: view.y + shortest.y } : view;
}
