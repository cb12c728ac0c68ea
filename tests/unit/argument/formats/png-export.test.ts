import { describe, expect, it } from "vitest";
import { LEGIBLE_TEXT_PX, toMapPngAsync } from "@/lib/argument/formats/png-export";
import { pngZoom, toPngAsync } from "@/lib/argument/formats/png-render";
import { svgFrame, toSvg } from "@/lib/argument/formats/svg-export";
import { layoutMap } from "@/lib/argument/layout-map";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

describe("toMapPngAsync", () => {
  it("draws the text as glyphs when the image is big enough to read it", async () => {
    const layout = await layoutMap(LIBERTY_MAP);
    const options = { title: "On Liberty", scale: 2 };
    const { width, height } = svgFrame(layout, options.title);
    expect(12 * pngZoom(width, height, options)).toBeGreaterThanOrEqual(LEGIBLE_TEXT_PX);
    const expected = await toPngAsync(toSvg(LIBERTY_MAP, layout, { title: options.title }), options);
    expect((await toMapPngAsync(LIBERTY_MAP, layout, options)).equals(expected)).toBe(true);
  });

  it("draws the text as bars when the pixel budget shrinks it below legibility", async () => {
    const layout = await layoutMap(LIBERTY_MAP);
    const { width, height } = svgFrame(layout, "On Liberty");
    // A budget that zooms 12 px labels down to 5 px, and one that keeps them at 7.
    const budget = (px: number) => width * height * (px / 12) ** 2;
    const small = { title: "On Liberty", maxPixels: budget(LEGIBLE_TEXT_PX - 1) };
    const bars = await toPngAsync(toSvg(LIBERTY_MAP, layout, { title: "On Liberty", textAsBars: true }), small);
    expect((await toMapPngAsync(LIBERTY_MAP, layout, small)).equals(bars)).toBe(true);
    const readable = { title: "On Liberty", maxPixels: budget(LEGIBLE_TEXT_PX + 1) };
    const glyphs = await toPngAsync(toSvg(LIBERTY_MAP, layout, { title: "On Liberty" }), readable);
    expect((await toMapPngAsync(LIBERTY_MAP, layout, readable)).equals(glyphs)).toBe(true);
  });
});
