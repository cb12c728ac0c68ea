import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PNG_MAX_PIXELS, pngZoom, toPng, toPngAsync } from "@/lib/argument/formats/png-render";
import { toSvg } from "@/lib/argument/formats/svg-export";
import { layoutMap } from "@/lib/argument/layout-map";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a PNG must start with. */
function dimensions(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(SIGNATURE);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const page = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" viewBox="0 0 200 50">` +
  `<rect width="200" height="50" fill="#fff"/>${body}</svg>`;

describe("toPng", () => {
  it("renders the map's SVG at its size times the scale", async () => {
    const svg = toSvg(LIBERTY_MAP, await layoutMap(LIBERTY_MAP), { title: "On Liberty" });
    const [width, height] = [/ width="([\d.]+)"/, / height="([\d.]+)"/].map((re) => Number(re.exec(svg)![1]));
    expect(dimensions(toPng(svg, { scale: 1 }))).toEqual({ width: Math.round(width), height: Math.round(height) });
    expect(dimensions(toPng(svg, { scale: 2 }))).toEqual({
      width: Math.round(width * 2),
      height: Math.round(height * 2),
    });
  });

  it("renders the same image off the event loop with toPngAsync", async () => {
    const svg = page(`<text x="10" y="30" font-size="16">Async</text>`);
    expect((await toPngAsync(svg, { scale: 2 })).equals(toPng(svg, { scale: 2 }))).toBe(true);
    await expect(toPngAsync("<html></html>")).rejects.toThrow();
  });

  it("defaults to scale 1", () => {
    expect(dimensions(toPng(page("")))).toEqual({ width: 200, height: 50 });
  });

  it("draws text with a real font (DejaVu Sans), not nothing", () => {
    const blank = toPng(page(""));
    const text = (family: string) =>
      toPng(page(`<text x="10" y="30" font-family="${family}" font-size="16">Harm principle</text>`));
    expect(text("DejaVu Sans").equals(blank)).toBe(false);
    // A family no system has falls back to DejaVu Sans rather than to nothing.
    expect(text("No Such Font").equals(text("DejaVu Sans"))).toBe(true);
  });

  it("scales a huge picture down to fit the pixel budget, keeping its aspect ratio", () => {
    const huge = (width: number, height: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#fff"/></svg>`;
    expect(PNG_MAX_PIXELS).toBe(4096 * 4096);
    expect(dimensions(toPng(huge(32000, 20000), { scale: 2 }))).toEqual({ width: 5181, height: 3238 });
    expect(dimensions(toPng(huge(1000, 1000), { maxPixels: 250_000 }))).toEqual({ width: 500, height: 500 });
    // And to 16,384 px on the longest side, whatever the budget.
    expect(dimensions(toPng(huge(40000, 10), { maxPixels: 1e9 }))).toEqual({ width: 16384, height: 4 });
  });

  it("refuses a scale or pixel budget that is not a positive number", () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => toPng(page(""), { scale: bad })).toThrow(RangeError);
      expect(() => toPng(page(""), { maxPixels: bad })).toThrow(RangeError);
    }
    expect(() => toPng(page(""), { scale: 0 })).toThrow("scale must be a positive number, not 0");
    expect(() => toPng(page(""), { maxPixels: -1 })).toThrow("maxPixels must be a positive number, not -1");
  });

  it("still uses the system's fonts when given other folders", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "no-fonts-"));
    try {
      const svg = page(`<text x="10" y="30" font-family="DejaVu Sans" font-size="16">Harm principle</text>`);
      expect(toPng(svg, { fontDirs: [empty] }).equals(toPng(svg))).toBe(true);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });

  it("loads the fonts in fontDirs", () => {
    // A font no system folder has: Geist, which Next.js ships for its OG images.
    const folder = path.resolve("node_modules/next/dist/compiled/@vercel/og");
    expect(existsSync(path.join(folder, "Geist-Regular.ttf"))).toBe(true);
    const text = (family: string, fontDirs?: string[]) =>
      toPng(page(`<text x="10" y="30" font-family="${family}" font-size="16">Harm principle</text>`), { fontDirs });
    expect(text("Geist", [folder]).equals(text("DejaVu Sans", [folder]))).toBe(false);
    // Without the folder, Geist is unknown and falls back to DejaVu Sans.
    expect(text("Geist").equals(text("DejaVu Sans"))).toBe(true);
  });

  it("throws on input that is not SVG", () => {
    expect(() => toPng("<html></html>")).toThrow();
  });
});

describe("pngZoom", () => {
  it("is the scale asked for while the image fits", () => {
    expect(pngZoom(200, 50, { scale: 2 })).toBe(2);
    expect(pngZoom(200, 50)).toBe(1);
  });

  it("shrinks to the pixel budget, then to 16,384 px on the longer side, whichever is smaller", () => {
    expect(pngZoom(1000, 1000, { maxPixels: 250_000 })).toBe(0.5);
    expect(pngZoom(40_000, 10, { maxPixels: 1e9 })).toBe(16_384 / 40_000);
    expect(pngZoom(10, 40_000, { maxPixels: 1e9 })).toBe(16_384 / 40_000);
  });
});
