import { describe, expect, it } from "vitest";
import { facingEnds } from "@/lib/argument/edge-ends";

const box = (x: number, y: number, width = 240, height = 80) => ({ x, y, width, height });

describe("facingEnds", () => {
  it("takes a premise below its conclusion up from its top into the conclusion's bottom", () => {
    const ends = facingEnds(box(0, 200), box(30, 0));
    expect(ends.source).toEqual({ x: 120, y: 200, side: "top" });
    expect(ends.target).toEqual({ x: 150, y: 80, side: "bottom" });
  });

  it("goes down from the bottom into the top when the target is below", () => {
    const ends = facingEnds(box(0, 0), box(0, 300, 240, 100));
    expect(ends.source).toEqual({ x: 120, y: 80, side: "bottom" });
    expect(ends.target).toEqual({ x: 120, y: 300, side: "top" });
  });

  it("joins boxes side by side through their facing sides", () => {
    expect(facingEnds(box(0, 0), box(400, 20))).toEqual({
      source: { x: 240, y: 40, side: "right" },
      target: { x: 400, y: 60, side: "left" },
    });
    expect(facingEnds(box(400, 20), box(0, 0))).toEqual({
      source: { x: 400, y: 60, side: "left" },
      target: { x: 240, y: 40, side: "right" },
    });
  });

  it("chooses the axis with the wider gap, not the larger centre distance", () => {
    // Centres 260 apart across and 200 down, but across the boxes leave only
    // 20 px between them and down 120 px: bottom and top face each other.
    const ends = facingEnds(box(0, 0), box(260, 200));
    expect([ends.source.side, ends.target.side]).toEqual(["bottom", "top"]);
    const beside = facingEnds(box(0, 0), box(300, 60));
    expect([beside.source.side, beside.target.side]).toEqual(["right", "left"]);
  });

  it("prefers top and bottom when both gaps are equal", () => {
    const ends = facingEnds(box(0, 0, 100, 100), box(200, 200, 100, 100));
    expect([ends.source.side, ends.target.side]).toEqual(["bottom", "top"]);
  });

  it("works for a small junction between premises and conclusion", () => {
    const junction = { x: 111, y: 130, width: 18, height: 18 };
    expect(facingEnds(junction, box(0, 0)).source).toEqual({ x: 120, y: 130, side: "top" });
    expect(facingEnds(box(0, 200), junction).target).toEqual({ x: 120, y: 148, side: "bottom" });
  });
});
