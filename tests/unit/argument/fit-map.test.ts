import { describe, expect, it } from "vitest";
import { boxInView } from "@/lib/argument/box-in-view";
import { fitMap } from "@/lib/argument/fit-map";

const MINI_MAP = { width: 215, height: 165 };
const pane = { width: 900, height: 700 };
const limits = { minZoom: 0.02, maxZoom: 2 };

/** Where a box shows on screen at `view`. */
const onScreen = (
  box: { x: number; y: number; width: number; height: number },
  view: { x: number; y: number; zoom: number },
) => ({
  left: box.x * view.zoom + view.x,
  top: box.y * view.zoom + view.y,
  right: (box.x + box.width) * view.zoom + view.x,
  bottom: (box.y + box.height) * view.zoom + view.y,
});

describe("fitMap", () => {
  it("shows every box of a map far bigger than the pane, however few of them React Flow has measured", () => {
    const boxes = new Map(
      Array.from({ length: 400 }, (_, i) => [
        `n${i}`,
        { x: (i % 20) * 300, y: Math.floor(i / 20) * 200, width: 240, height: 90 },
      ]),
    );
    const view = fitMap(boxes, pane, MINI_MAP, limits);
    for (const box of boxes.values()) expect(boxInView(box, view, pane)).toBe(true);
  });

  it("leaves the mini-map's corner clear: no box under it", () => {
    const boxes = new Map([
      ["a", { x: 0, y: 0, width: 240, height: 90 }],
      ["b", { x: 600, y: 400, width: 240, height: 90 }],
    ]);
    const view = fitMap(boxes, pane, MINI_MAP, limits);
    for (const box of boxes.values()) {
      const at = onScreen(box, view);
      const underMiniMap = at.right > pane.width - MINI_MAP.width && at.bottom > pane.height - MINI_MAP.height;
      expect(underMiniMap).toBe(false);
      expect(boxInView(box, view, pane)).toBe(true);
    }
  });

  it("stays within the zoom limits, and an empty map keeps the origin", () => {
    const one = new Map([["a", { x: 10, y: 10, width: 240, height: 90 }]]);
    expect(fitMap(one, pane, MINI_MAP, limits).zoom).toBe(2);
    expect(fitMap(new Map(), pane, MINI_MAP, limits)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
