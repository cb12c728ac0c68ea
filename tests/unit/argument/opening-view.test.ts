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

  // The mini-map's corner at the bottom right (React Flow's 200 × 150 and its margin), as the map view passes it while shown.
  const MINI_MAP = { width: 215, height: 165 };
  const underMiniMap = (
    v: { x: number; y: number; zoom: number },
    b: { x: number; y: number; width: number; height: number },
    p: { width: number; height: number },
  ) => {
    const bottomRight = onScreen(v, { x: b.x + b.width, y: b.y + b.height });
    return bottomRight.x > p.width - MINI_MAP.width && bottomRight.y > p.height - MINI_MAP.height;
  };

  it("keeps a big map's main claim clear of the mini-map on a short, narrow drawing", () => {
    // A 600 × 320 drawing (the canvas's least height): the claim, centred, would sit on the mini-map.
    const small = { width: 600, height: 320 };
    const claim = { x: 2000, y: 0, width: 250, height: 140 };
    const boxes = new Map([["c", claim]]);
    for (let i = 0; i < 40; i++) boxes.set(`p${i}`, box(i * 260, 200 + (i % 3) * 150));
    expect(underMiniMap(openingView(boxes, "c", small), claim, small)).toBe(true);
    const view = openingView(boxes, "c", small, MINI_MAP);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(underMiniMap(view, claim, small)).toBe(false);
    // Still whole on screen.
    const topLeft = onScreen(view, claim);
    const bottomRight = onScreen(view, { x: claim.x + claim.width, y: claim.y + claim.height });
    expect(topLeft.x).toBeGreaterThanOrEqual(0);
    expect(topLeft.y).toBeGreaterThanOrEqual(0);
    expect(bottomRight.x).toBeLessThanOrEqual(small.width);
    expect(bottomRight.y).toBeLessThanOrEqual(small.height);
  });

  it("shows a small map whole beside or above the mini-map, with no box under it", () => {
    const boxes = new Map([
      ["c", box(0, 0)],
      ["p", box(260, 220)],
    ]);
    expect(underMiniMap(openingView(boxes, "c", pane), boxes.get("p")!, pane)).toBe(true);
    const view = openingView(boxes, "c", pane, MINI_MAP);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const b of boxes.values()) expect(underMiniMap(view, b, pane)).toBe(false);
  });

  it("opens as before when the mini-map is hidden (no corner)", () => {
    const boxes = new Map([
      ["c", box(0, 0)],
      ["p", box(400, 330)],
    ]);
    expect(openingView(boxes, "c", pane, { width: 0, height: 0 })).toEqual(openingView(boxes, "c", pane));
  });
});
