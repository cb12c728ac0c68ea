import type { MapGraph } from "@/lib/validation/argument-map";
import { pngZoom, toPngAsync, type PngOptions } from "./png-render";
import { svgFrame, toSvg } from "./svg-export";
import type { MapLayout } from "../layout-map";
import { BOX_STYLE } from "../map-style";

/**
 * Text smaller than this many device pixels is drawn as bars. At 6 px a
 * 12 px label is already a smudge; below it nobody reads glyphs, and
 * shaping them is nearly all of resvg's time: a 1,000-statement map (≈7,000
 * lines, zoomed to ~0.16 to fit the pixel budget, so 2 px text) took ~6 s
 * with glyphs and ~0.5 s with bars.
 */
export const LEGIBLE_TEXT_PX = 6;

/** Smallest text size toSvg draws on a map (the kind and edge labels). */
const SMALLEST_TEXT = Math.min(BOX_STYLE.kindSize, BOX_STYLE.textSize);

/**
 * A PNG of `graph` as laid out: toSvg rendered by toPngAsync with
 * `options`. Where the picture has to be shrunk so far (by the pixel
 * budget) that its text would be under LEGIBLE_TEXT_PX, the text is drawn
 * as bars (toSvg's textAsBars): boxes, kinds and edges stay as they are, and
 * the SVG export is the one to read a big map's text in.
 */
export async function toMapPngAsync(
  graph: MapGraph,
  layout: MapLayout,
  options: PngOptions & { title: string },
): Promise<Buffer> {
  const { title, ...png } = options;
  const { width, height } = svgFrame(layout, title);
  const textAsBars = SMALLEST_TEXT * pngZoom(width, height, png) < LEGIBLE_TEXT_PX;
  return toPngAsync(toSvg(graph, layout, { title, textAsBars }), png);
}
