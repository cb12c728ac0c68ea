import { describe, expect, it } from "vitest";
import { LEGIBLE_TEXT_PX, toMapPngAsync } from "@/lib/argument/formats/png-export";
import { pngZoom, toPngAsync } from "@/lib/argument/formats/png-render";
import { svgFrame, toSvg } from "@/lib/argument/formats/svg-export";
import { layoutMap } from "@/lib/argument/layout-map";
import type { MapLayout } from "@/lib/argument/layout-map";
import { freeNode } from "@/tests/fixtures/argument/graph-parts";
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

  it("still draws glyphs when the smallest text comes out exactly LEGIBLE_TEXT_PX high", async () => {
    const graph = { nodes: [freeNode("a", "claim", "Harm principle.")], arguments: [], attacks: [] };
    const layout: MapLayout = new Map([["a", { x: 0, y: 0, width: 120, height: 51 }]]);
    // At half scale the 12 px labels are 6 px.
    const options = { title: "t", scale: LEGIBLE_TEXT_PX / 12 };
    const glyphs = await toPngAsync(toSvg(graph, layout, { title: "t" }), options);
    const bars = await toPngAsync(toSvg(graph, layout, { title: "t", textAsBars: true }), options);
    expect(glyphs.equals(bars)).toBe(false);
    expect((await toMapPngAsync(graph, layout, options)).equals(glyphs)).toBe(true);
  });
});
