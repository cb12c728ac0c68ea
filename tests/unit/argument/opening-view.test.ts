import { describe, expect, it } from "vitest";
import { openingView, READABLE_ZOOM } from "@/lib/argument/opening-view";

const pane = { width: 800, height: 600 };
const box = (x: number, y: number) => ({ x, y, width: 240, height: 80 });
/** Where a flow point lands on screen with a viewport. */
const onScreen = (v: { x: number; y: number; zoom: number }, p: { x: number; y: number }) => ({
  x: p.x * v.zoom + v.x,
  y: p.y * v.zoom + v.y,
});

describe("openingView", () => {
  it("shows a small map whole, centred, no larger than 1.2×", () => {
    const boxes = new Map([
      ["c", box(0, 0)],
      ["p", box(0, 150)],
    ]);
    const view = openingView(boxes, "c", pane);
    expect(view.zoom).toBe(1.2);
    const topLeft = onScreen(view, { x: 0, y: 0 });
    const bottomRight = onScreen(view, { x: 240, y: 230 });
    expect(topLeft.x - 0).toBeCloseTo(pane.width - bottomRight.x);
    expect(topLeft.y - 0).toBeCloseTo(pane.height - bottomRight.y);
  });

  it("opens a big map at a readable zoom on the main claim, with room for its reasons below", () => {
    const boxes = new Map([["c", box(2000, 0)]]);
    for (let i = 0; i < 40; i++) boxes.set(`p${i}`, box(i * 260, 200 + (i % 3) * 150));
    const view = openingView(boxes, "c", pane);
    expect(view.zoom).toBe(READABLE_ZOOM);
    const claimCentre = onScreen(view, { x: 2120, y: 40 });
    expect(claimCentre.x).toBeCloseTo(pane.width / 2);
    expect(claimCentre.y).toBeGreaterThan(40 * READABLE_ZOOM);
    expect(claimCentre.y).toBeLessThan(pane.height / 2);
  });

  it("is the identity on an empty map", () => {
    expect(openingView(new Map(), null, pane)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
