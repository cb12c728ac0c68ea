import { describe, expect, it } from "vitest";
import { routeEdge, segmentHitsBox, type Point } from "@/lib/argument/edge-route";

const box = (x: number, y: number, width = 200, height = 60) => ({ x, y, width, height });

/** Whether any leg of `points` passes through `b`. */
function crosses(points: Point[], b: ReturnType<typeof box>): boolean {
  return points.slice(1).some((point, i) => segmentHitsBox(points[i]!, point, b));
}

describe("segmentHitsBox", () => {
  it("finds a segment through a box, and not one beside it or ending on its border", () => {
    const b = box(100, 100, 100, 100);
    expect(segmentHitsBox({ x: 0, y: 150 }, { x: 300, y: 150 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 150, y: 0 }, { x: 150, y: 120 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 50 }, { x: 300, y: 50 }, b)).toBe(false);
    expect(segmentHitsBox({ x: 150, y: 0 }, { x: 150, y: 100 }, b)).toBe(false);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 90, y: 300 }, b)).toBe(false);
  });
});

describe("routeEdge", () => {
  it("draws a straight line between the facing sides when nothing is in the way", () => {
    expect(routeEdge(box(0, 300), box(0, 0), [])).toEqual([
      { x: 100, y: 300 },
      { x: 100, y: 60 },
    ]);
  });

  it("goes round a box that stands between the two, never through it", () => {
    const source = box(0, 400);
    const target = box(0, 0);
    const between = box(-40, 180, 280, 80);
    const points = routeEdge(source, target, [between]);
    expect(points[0]).toEqual({ x: 100, y: 400 });
    expect(points.at(-1)).toEqual({ x: 100, y: 60 });
    expect(crosses(points, between)).toBe(false);
    // Only right angles after the stubs: every leg is horizontal or vertical.
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.x === points[i - 1]!.x || points[i]!.y === points[i - 1]!.y).toBe(true);
    }
  });

  it("finds a way through a row of boxes with gaps, and past several rows", () => {
    const source = box(300, 800);
    const target = box(300, 0);
    const obstacles = [0, 240, 480, 720].flatMap((x) => [box(x, 200, 200, 80), box(x + 100, 500, 200, 80)]);
    const points = routeEdge(source, target, obstacles);
    for (const obstacle of obstacles) expect(crosses(points, obstacle)).toBe(false);
  });

  it("ignores boxes far from both ends (they cannot be in the way)", () => {
    const far = box(5000, 5000);
    expect(routeEdge(box(0, 300), box(0, 0), [far])).toHaveLength(2);
  });
});

describe("routeEdge beside a tight gap", () => {
  it("still goes round when a box stands closer to an end than the usual clearance", () => {
    // A small junction 10 px right of a box's side, and a box in the straight line to it.
    const junction = box(400, 200, 18, 18);
    const neighbour = box(190, 180, 200, 70);
    const source = box(0, 300, 220, 70);
    const between = box(240, 290, 200, 70);
    const points = routeEdge(source, junction, [neighbour, between]);
    expect(crosses(points, between)).toBe(false);
    expect(crosses(points, neighbour)).toBe(false);
  });
});
