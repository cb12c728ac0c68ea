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

/**
 * The viewport a map opens at (React Flow's: screen = flow × zoom + x/y).
 * A map that fits the pane at a readable zoom is shown whole and centred;
 * a bigger one opens at the readable zoom on its main claim, rather than
 * all of it at a zoom where no word can be read. "Fit map" still shows it
 * all on request.
 */
export function openingView(
  boxes: ReadonlyMap<string, Box>,
  mainClaimId: string | null,
  pane: { width: number; height: number },
): Viewport {
  const bounds = mapBounds(boxes);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  const all = [...boxes.values()];
  const { left, top, right, bottom } = bounds;
  const fit = Math.min((pane.width - 2 * PADDING) / (right - left), (pane.height - 2 * PADDING) / (bottom - top));
  if (fit >= READABLE_ZOOM) {
    const zoom = Math.min(fit, MAX_OPENING_ZOOM);
    return {
      x: pane.width / 2 - ((left + right) / 2) * zoom,
      y: pane.height / 2 - ((top + bottom) / 2) * zoom,
      zoom,
    };
  }
  const claim = (mainClaimId && boxes.get(mainClaimId)) || all[0]!;
  const zoom = READABLE_ZOOM;
  const centreY = Math.max(pane.height * CLAIM_HEIGHT_SHARE, (claim.height / 2) * zoom + PADDING);
  return {
    x: pane.width / 2 - (claim.x + claim.width / 2) * zoom,
    y: centreY - (claim.y + claim.height / 2) * zoom,
    zoom,
  };
}
