import { describe, expect, it } from "vitest";
import { drawnPlaces, junctionClearOf } from "@/lib/argument/drawn-places";
import { statementBox } from "@/lib/argument/map-style";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";
import { PANEL_SHOT_MAP } from "@/tests/fixtures/argument/panel-shot-map";

type Rect = { x: number; y: number; width: number; height: number };
const box = (x: number, y: number, width = 200, height = 60): Rect => ({ x, y, width, height });
const JUNCTION = 18;
/** Whether a junction of side JUNCTION centred on `at` lies on `rect`. */
const onBox = (at: { x: number; y: number }, rect: Rect) =>
  at.x + JUNCTION / 2 > rect.x &&
  at.x - JUNCTION / 2 < rect.x + rect.width &&
  at.y + JUNCTION / 2 > rect.y &&
  at.y - JUNCTION / 2 < rect.y + rect.height;

const linked: MapGraph = {
  nodes: [freeNode("c", "claim"), freeNode("p"), freeNode("q"), freeNode("o", "objection")],
  arguments: [support("s", ["p", "q"], "c")],
  attacks: [{ id: "x", attackerId: "o", target: { argumentId: "s" } }],
};

describe("junctionClearOf", () => {
  it("leaves a junction that lies on no box where it is", () => {
    expect(junctionClearOf({ x: 500, y: 500 }, JUNCTION, [box(0, 0)])).toEqual({ x: 500, y: 500 });
  });

  it("moves a junction off the box it lies on, to the nearest side", () => {
    // Inside a 200 × 60 box, 10 px below its top: the top side is nearest.
    const at = junctionClearOf({ x: 100, y: 10 }, JUNCTION, [box(0, 0)]);
    expect(onBox(at, box(0, 0))).toBe(false);
    expect(at.x).toBe(100);
    expect(at.y).toBeLessThan(0);
    expect(at.y).toBeGreaterThan(-JUNCTION - 10);
  });
});

describe("drawnPlaces", () => {
  it("draws no statement that has neither a saved place nor a laid one, nor a junction waiting for one", () => {
    // The phone screenshot's map on reload, before the layout worker answered.
    const places = drawnPlaces(PANEL_SHOT_MAP, new Map(), new Set(["amx5yqvlb3qj8k"]), JUNCTION);
    const premise = PANEL_SHOT_MAP.nodes[2]!;
    expect([...places.statements]).toEqual([
      [premise.id, { x: 282, y: 215, width: statementBox(premise).width, height: statementBox(premise).height }],
    ]);
    expect(places.junctions.size).toBe(0);
  });

  it("keeps saved places and laid spots as they are, sized as statementBox draws them", () => {
    const graph = {
      ...linked,
      nodes: linked.nodes.map((n) => (n.id === "p" ? { ...n, position: { x: 7, y: 9 } } : n)),
    };
    const layout = new Map([
      ["c", box(100, 0, 1, 1)],
      ["p", box(0, 200)],
      ["q", box(240, 200)],
      ["o", box(480, 200)],
    ]);
    const { statements } = drawnPlaces(graph, layout, new Set(["s"]), JUNCTION);
    const sized = (id: string, x: number, y: number) => {
      const { width, height } = statementBox(graph.nodes.find((n) => n.id === id)!);
      return { x, y, width, height };
    };
    expect(statements.get("p")).toEqual(sized("p", 7, 9));
    expect(statements.get("c")).toEqual(sized("c", 100, 0));
    expect(statements.get("o")).toEqual(sized("o", 480, 200));
  });

  it("uses the layout's junction while its statements stand where the layout put them", () => {
    const layout = new Map([
      ["c", box(100, 0)],
      ["p", box(0, 200)],
      ["q", box(240, 200)],
      ["o", box(480, 200)],
      ["s", box(194, 120, 12, 12)],
    ]);
    expect(drawnPlaces(linked, layout, new Set(["s"]), JUNCTION).junctions.get("s")).toEqual({ x: 200, y: 126 });
  });

  it("moves the layout's junction off a saved box that covers it", () => {
    // The objection was saved where the layout now puts the junction.
    const graph = {
      ...linked,
      nodes: linked.nodes.map((n) => (n.id === "o" ? { ...n, position: { x: 150, y: 100 } } : n)),
    };
    const layout = new Map([
      ["c", box(100, 0)],
      ["p", box(0, 200)],
      ["q", box(240, 200)],
      ["o", box(480, 200)],
      ["s", box(194, 120, 12, 12)],
    ]);
    const { statements, junctions } = drawnPlaces(graph, layout, new Set(["s"]), JUNCTION);
    const at = junctions.get("s")!;
    for (const rect of statements.values()) expect(onBox(at, rect)).toBe(false);
    expect(statements.get("o")).toMatchObject({ x: 150, y: 100 });
  });

  it("puts a junction between moved boxes halfway, off any box that lies there", () => {
    // Everything saved: claim on top, premises far below, the objection dragged into the middle.
    const at: Record<string, { x: number; y: number }> = {
      c: { x: 0, y: 0 },
      p: { x: -150, y: 600 },
      q: { x: 150, y: 600 },
      o: { x: -20, y: 290 },
    };
    const graph = { ...linked, nodes: linked.nodes.map((n) => ({ ...n, position: at[n.id]! })) };
    const { statements, junctions } = drawnPlaces(graph, new Map(), new Set(["s"]), JUNCTION);
    const junction = junctions.get("s")!;
    for (const rect of statements.values()) expect(onBox(junction, rect)).toBe(false);
    // Statements are never moved, only the junction.
    for (const [id, place] of Object.entries(at)) expect(statements.get(id)).toMatchObject(place);
  });

  it("ignores a premise id that names no statement (a graph mid-edit)", () => {
    const graph = { ...linked, arguments: [support("s", ["p", "q", "gone"], "c")] };
    const layout = new Map([
      ["c", box(0, 0)],
      ["p", box(0, 200)],
      ["q", box(240, 200)],
      ["o", box(480, 200)],
    ]);
    expect(drawnPlaces(graph, layout, new Set(["s"]), JUNCTION).junctions.has("s")).toBe(true);
  });
});
