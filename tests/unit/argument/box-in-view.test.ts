import { describe, expect, it } from "vitest";
import { boxInView } from "@/lib/argument/box-in-view";

const screen = { width: 800, height: 600 };
const box = { x: 100, y: 100, width: 200, height: 80 };

describe("boxInView", () => {
  it("is true for a box wholly on screen at the view's pan and zoom", () => {
    expect(boxInView(box, { x: 0, y: 0, zoom: 1 }, screen)).toBe(true);
    // Zoomed out and panned: the box spans 50..150 × 250..290 on screen.
    expect(boxInView(box, { x: 0, y: 200, zoom: 0.5 }, screen)).toBe(true);
  });

  it("is false for a box partly or wholly off screen", () => {
    expect(boxInView(box, { x: -150, y: 0, zoom: 1 }, screen)).toBe(false);
    expect(boxInView(box, { x: 0, y: 0, zoom: 4 }, screen)).toBe(false);
    expect(boxInView(box, { x: 0, y: 540, zoom: 1 }, screen)).toBe(false);
    expect(boxInView({ ...box, x: 700 }, { x: 0, y: 0, zoom: 1 }, screen)).toBe(false);
  });
});
