import { describe, expect, it } from "vitest";
import { segmentHitsBox } from "@/lib/argument/edge-route";
import { labelBox, routeMap, type RoutedEdge } from "@/lib/argument/route-map";

const box = (x: number, y: number, width = 200, height = 60) => ({ x, y, width, height });
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function legs(edge: RoutedEdge) {
  return edge.points.slice(1).map((point, i) => [edge.points[i]!, point] as const);
}

describe("routeMap", () => {
  // Three premises under one claim, one dragged to the far side of a fourth box, and two attacks.
  const boxes = new Map([
    ["claim", box(300, 0)],
    ["p1", box(0, 200)],
    ["p2", box(300, 200)],
    ["p3", box(600, 200)],
    ["blocker", box(250, 420, 300, 60)],
    ["dragged", box(300, 600)],
  ]);
  const edges = [
    { id: "e1", source: "p1", target: "claim", label: "supports" },
    { id: "e2", source: "p2", target: "claim", label: "supports" },
    { id: "e3", source: "p3", target: "claim", label: "attacks" },
    { id: "e4", source: "dragged", target: "p2", label: "undercuts" },
    { id: "e5", source: "blocker", target: "p1" },
  ];
  const routed = routeMap(boxes, edges);

  it("routes every edge, and no edge passes through a box", () => {
    expect([...routed.keys()].sort()).toEqual(["e1", "e2", "e3", "e4", "e5"]);
    for (const edge of routed.values()) {
      for (const [a, b] of legs(edge)) {
        for (const [, other] of boxes) expect(segmentHitsBox(a, b, other)).toBe(false);
      }
    }
  });

  it("puts each label on its edge, clear of every box and of the other labels", () => {
    const labels = [...routed.values()].flatMap((edge) => (edge.label ? [edge.label] : []));
    expect(labels).toHaveLength(4);
    labels.forEach((label, i) => {
      for (const [, other] of boxes) expect(overlap(label, other)).toBe(false);
      labels.slice(i + 1).forEach((next) => expect(overlap(label, next)).toBe(false));
    });
  });

  it("sizes a label to hold its whole word, 'supports' included", () => {
    const label = labelBox("supports", { x: 0, y: 0 });
    expect(label.width).toBeGreaterThan(60);
    expect(label.height).toBeGreaterThanOrEqual(18);
    const twoLines = labelBox("supports\n2 questions open", { x: 0, y: 0 });
    expect(twoLines.height).toBeGreaterThan(label.height + 12);
    expect(twoLines.width).toBeGreaterThan(label.width);
  });

  it("skips edges whose boxes are not on the map yet", () => {
    expect(routeMap(boxes, [{ id: "x", source: "p1", target: "nowhere" }]).size).toBe(0);
  });
});

describe("routeMap with the layout's routes", () => {
  const boxes = new Map([
    ["a", box(0, 0)],
    ["b", box(0, 300)],
    ["c", box(400, 150)],
  ]);

  it("draws the layout's route while it still joins its boxes through no other", () => {
    const laid = [
      { x: 100, y: 300 },
      { x: 100, y: 200 },
      { x: 100, y: 60 },
    ];
    expect(routeMap(boxes, [{ id: "e", source: "b", target: "a", laid }]).get("e")!.points).toBe(laid);
  });

  it("routes anew when a box was dragged off the layout's route or into it", () => {
    const stale = [
      { x: 100, y: 360 },
      { x: 100, y: 120 },
    ];
    expect(routeMap(boxes, [{ id: "e", source: "b", target: "a", laid: stale }]).get("e")!.points).not.toBe(stale);
    const throughC = [
      { x: 100, y: 300 },
      { x: 500, y: 200 },
      { x: 100, y: 60 },
    ];
    const routed = routeMap(boxes, [{ id: "e", source: "b", target: "a", laid: throughC }]).get("e")!;
    expect(routed.points).not.toBe(throughC);
  });
});

describe("routeMap after a drag", () => {
  const before = new Map([
    ["a", box(0, 0)],
    ["b", box(0, 300)],
    ["c", box(600, 0)],
    ["d", box(600, 300)],
    ["e", box(1200, 0)],
    ["f", box(1200, 300)],
    ["g", box(1800, 0)],
    ["h", box(1800, 300)],
  ]);
  const edges = [
    { id: "ab", source: "b", target: "a", label: "supports" },
    { id: "cd", source: "d", target: "c", label: "attacks" },
    { id: "ef", source: "f", target: "e", label: "supports" },
  ];
  const first = routeMap(before, edges);

  it("keeps the routes a moved box does not touch, and reroutes the ones it does", () => {
    // g is dragged into the middle of c–d's line; e–f and a–b are far from it.
    const after = new Map([...before, ["g", box(550, 150, 300, 60)]]);
    const second = routeMap(after, edges, { boxes: before, edges, routed: first });
    expect(second.get("ab")).toBe(first.get("ab"));
    expect(second.get("ef")).toBe(first.get("ef"));
    expect(second.get("cd")).not.toBe(first.get("cd"));
    const cd = second.get("cd")!;
    expect(cd.points.slice(1).some((p, i) => segmentHitsBox(cd.points[i]!, p, after.get("g")!))).toBe(false);
  });

  it("reroutes an edge whose own box moved", () => {
    const after = new Map([...before, ["b", box(40, 320)]]);
    const second = routeMap(after, edges, { boxes: before, edges, routed: first });
    expect(second.get("ab")).not.toBe(first.get("ab"));
    expect(second.get("ab")!.points[0]).toEqual({ x: 140, y: 320 });
  });
});
