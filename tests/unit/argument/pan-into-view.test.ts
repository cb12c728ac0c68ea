import { describe, expect, it } from "vitest";
import { boxInView } from "@/lib/argument/box-in-view";
import { PAN_MARGIN, panIntoView } from "@/lib/argument/pan-into-view";

const screen = { width: 800, height: 600 };
const box = { x: 100, y: 100, width: 200, height: 80 };

describe("panIntoView", () => {
  it("moves the view by just enough to show a box past the right or bottom edge, at the same zoom", () => {
    // At zoom 1 and x -0, a box at 700 ends at 900: 100 + the margin past the right edge.
    expect(panIntoView({ ...box, x: 700 }, { x: 0, y: 0, zoom: 1 }, screen)).toEqual({
      x: -(100 + PAN_MARGIN),
      y: 0,
      zoom: 1,
    });
    const moved = panIntoView({ ...box, y: 560 }, { x: 10, y: 0, zoom: 0.5 }, screen);
    expect(moved).toEqual({ x: 10, y: 0, zoom: 0.5 });
    const below = panIntoView({ ...box, y: 1_200 }, { x: 10, y: 0, zoom: 0.5 }, screen);
    expect(below.y).toBe(600 - PAN_MARGIN - (1_200 + 80) * 0.5);
    expect(boxInView({ ...box, y: 1_200 }, below, screen)).toBe(true);
  });

  it("moves it the other way for a box past the left or top edge", () => {
    expect(panIntoView(box, { x: -150, y: -120, zoom: 1 }, screen)).toEqual({
      x: -100 + PAN_MARGIN,
      y: -100 + PAN_MARGIN,
      zoom: 1,
    });
  });

  it("leaves a box already in sight, margin included, where it is", () => {
    expect(panIntoView(box, { x: 0, y: 0, zoom: 1 }, screen)).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it("shows a box larger than the screen from its top left", () => {
    const large = { x: 0, y: 0, width: 2_000, height: 1_000 };
    expect(panIntoView(large, { x: -500, y: -300, zoom: 1 }, screen)).toEqual({
      x: PAN_MARGIN,
      y: PAN_MARGIN,
      zoom: 1,
    });
  });
});
