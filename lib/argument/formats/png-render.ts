import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

export type PngOptions = {
  /** Device pixels per SVG px: 2 gives a sharp image on high-density screens and in print. Default 1. */
  scale?: number;
  /**
   * Most pixels the image may have; a bigger one is scaled down to fit.
   * Default PNG_MAX_PIXELS. resvg holds the whole image in memory (4 bytes a
   * pixel) and its time grows with the area, so this bounds both.
   */
  maxPixels?: number;
  /**
   * Folders of fonts to load besides the system's. Default: Debian's DejaVu
   * folder, the face toSvg asks for first, so the PNG matches the boxes it
   * was laid out for even where fontconfig knows no fonts.
   */
  fontDirs?: string[];
};

/**
 * 16.7 Mpx (4096² px, 64 MiB while rendering). A 1,000-statement map is
 * about 32,000 × 20,000 SVG px — 640 Mpx, 2.5 GiB and half a minute to
 * render at scale 1 — and unreadable as a bitmap at any size a viewer can
 * open: the SVG export is the one for big maps.
 */
export const PNG_MAX_PIXELS = 4096 * 4096;

/** Longest side any common viewer or browser canvas opens (16,384 px). */
const MAX_SIDE = 16_384;

const DEFAULT_FONT_DIRS = ["/usr/share/fonts/truetype/dejavu"];

/**
 * Device pixels per SVG px for a picture of `width` × `height` SVG px: the
 * scale asked for, lowered until the image fits `maxPixels` and 16,384 px a
 * side. Throws RangeError for a scale or maxPixels that is not a positive
 * finite number.
 */
export function pngZoom(width: number, height: number, options: PngOptions = {}): number {
  const scale = options.scale ?? 1;
  const maxPixels = options.maxPixels ?? PNG_MAX_PIXELS;
  for (const [name, value] of [
    ["scale", scale],
    ["maxPixels", maxPixels],
  ] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, not ${value}`);
  }
  return Math.min(scale, Math.sqrt(maxPixels / (width * height)), MAX_SIDE / width, MAX_SIDE / height);
}

/** resvg's options for `svg`: the zoom that honours `scale` within the pixel budget, and the fonts. */
function renderOptions(svg: string, options: PngOptions): ResvgRenderOptions {
  pngZoom(1, 1, options); // checks the options before any parsing
  // A first, font-less parse only to read the size: text shaping is what
  // costs (about 0.5 ms per line of text), and it is skipped here.
  // Stryker disable next-line ObjectLiteral,BooleanLiteral,StringLiteral: fonts and logging change what the probe costs and prints, not the size it reads
  const probe = new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: "off" });
  const zoom = pngZoom(probe.width, probe.height, options);
  return {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: true,
      fontDirs: options.fontDirs ?? DEFAULT_FONT_DIRS,
      defaultFontFamily: "DejaVu Sans",
      // Stryker disable next-line StringLiteral: without it "sans-serif" means Arial, which a system lacking Arial replaces with defaultFontFamily, the same DejaVu Sans: the line shows only where Arial is installed
      sansSerifFamily: "DejaVu Sans",
    },
    logLevel: "off",
  };
}

/**
 * `svg` (e.g. from toSvg) rendered to a PNG with resvg (Rust, via
 * @resvg/resvg-js: no browser, no network). The image is the SVG's size
 * (its root width/height, or else its viewBox) times `scale`, rounded —
 * unless that exceeds `maxPixels` or 16,384 px a side, in which case the
 * zoom is lowered until it fits (aspect ratio kept). Text uses system fonts
 * plus `fontDirs`, with DejaVu Sans for any family none of them has.
 * External images are not fetched.
 *
 * Synchronous, and text shaping costs about half a millisecond per line:
 * a 1,000-statement map takes seconds, all that time blocking the event
 * loop. A server should call toPngAsync.
 *
 * Server-side only: @resvg/resvg-js is a native Node module. Throws
 * RangeError for a scale or maxPixels that is not a positive finite number,
 * and resvg's Error for input that is not SVG.
 */
export function toPng(svg: string, options: PngOptions = {}): Buffer {
  return new Resvg(svg, renderOptions(svg, options)).render().asPng();
}

/**
 * toPng off the event loop: the same image, parsed and rendered on libuv's
 * thread pool (resvg's renderAsync). Rejects where toPng throws (RangeError
 * included).
 */
export async function toPngAsync(svg: string, options: PngOptions = {}): Promise<Buffer> {
  return (await renderAsync(svg, renderOptions(svg, options))).asPng();
}
