import { describe, expect, it } from "vitest";
import { mergeLayout } from "@/lib/argument/merge-layout";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";

const box = (x: number, y: number, width = 200, height = 60) => ({ x, y, width, height });
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const graph: MapGraph = {
  nodes: [freeNode("c", "claim"), freeNode("p"), freeNode("q")],
  arguments: [support("s", ["p", "q"], "c")],
  attacks: [],
};

describe("mergeLayout", () => {
  const fresh = new Map([
    ["c", box(100, 0)],
    ["p", box(0, 200)],
    ["q", box(240, 200)],
    ["s", box(194, 120, 12, 12)],
  ]);

  it("takes a fresh layout as it is when nothing is placed or drawn yet", () => {
    expect(mergeLayout(graph, fresh, new Map())).toEqual(fresh);
  });

  it("keeps the boxes already drawn where they were when the reader drags one of them (and drops the junction between)", () => {
    // The reader dragged p: it now has a position; c and q had none and were drawn at the last layout's spots.
    const dragged: MapGraph = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === "p" ? { ...n, position: { x: -500, y: 600 } } : n)),
    };
    const shown = new Map([
      ["c", box(100, 0)],
      ["p", box(0, 200)],
      ["q", box(240, 200)],
    ]);
    // The new layout would put everything elsewhere.
    const moved = new Map([...fresh].map(([id, b]) => [id, { ...b, x: b.x + 300 }]));
    const merged = mergeLayout(dragged, moved, shown);
    expect(merged.get("c")).toMatchObject({ x: 100, y: 0 });
    expect(merged.get("q")).toMatchObject({ x: 240, y: 200 });
    expect(merged.has("s")).toBe(false);
  });

  it("places a statement new to the view beside the drawn ones, on none of them", () => {
    const grown: MapGraph = {
      ...graph,
      nodes: [...graph.nodes, freeNode("r")],
      arguments: [support("s", ["p", "q", "r"], "c")],
    };
    const shown = new Map([
      ["c", box(100, 0)],
      ["p", box(0, 200)],
      ["q", box(240, 200)],
    ]);
    // The new layout put r where q is drawn.
    const relaid = new Map([...fresh, ["r", box(240, 200)]]);
    const merged = mergeLayout(grown, relaid, shown);
    const r = merged.get("r")!;
    for (const id of ["c", "p", "q"]) expect(overlap(r, merged.get(id)!)).toBe(false);
  });
});
