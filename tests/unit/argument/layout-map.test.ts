import { describe, expect, it } from "vitest";
import { boxesOf, elkGraphOf, layoutMap, type LayoutBox } from "@/lib/argument/layout-map";
import { mapJunctions } from "@/lib/argument/map-edges";
import { BOX_STYLE, statementBox } from "@/lib/argument/map-style";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";
import { generateMap } from "@/tests/fixtures/argument/generate-map";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

const overlap = (a: LayoutBox, b: LayoutBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const middleY = (box: LayoutBox) => box.y + box.height / 2;

describe("layoutMap", () => {
  // Must run before any other layout in this file's process: elkjs loads its
  // worker code once, on the first `new ELK()`.
  it("leaves a Web Worker's own onmessage handler in place when ELK loads inside one", async () => {
    const scope = globalThis as Record<string, unknown>;
    const appHandler = () => undefined;
    const assigned: unknown[] = [];
    let current: unknown = appHandler;
    scope.self = globalThis; // what a worker has and Node lacks (no `document` either)
    Object.defineProperty(globalThis, "onmessage", {
      configurable: true,
      get: () => current,
      set: (value) => {
        assigned.push(value);
        current = value;
      },
    });
    try {
      await layoutMap(LIBERTY_MAP);
      // ELK did try to take the worker over (kieler/elkjs#141)…
      expect(assigned.some((value) => typeof value === "function" && value !== appHandler)).toBe(true);
      // …and the app's handler is back.
      expect(current).toBe(appHandler);
    } finally {
      delete scope.self;
      delete scope.onmessage;
    }
  });

  it("gives every statement its text box's size and every junction a small square", async () => {
    const layout = await layoutMap(LIBERTY_MAP);
    expect([...layout.keys()].sort()).toEqual(
      [...LIBERTY_MAP.nodes.map((n) => n.id), ...LIBERTY_MAP.arguments.map((a) => a.id)].sort(),
    );
    for (const node of LIBERTY_MAP.nodes) {
      const { width, height } = statementBox(node);
      expect([node.id, layout.get(node.id)!.width, layout.get(node.id)!.height]).toEqual([node.id, width, height]);
    }
    for (const { id } of mapJunctions(LIBERTY_MAP)) {
      expect(layout.get(id)).toMatchObject({ width: BOX_STYLE.junctionSize, height: BOX_STYLE.junctionSize });
    }
  });

  it("puts conclusions on top: premise below junction below conclusion, attackers below their target", async () => {
    const layout = await layoutMap(LIBERTY_MAP);
    const y = (id: string) => middleY(layout.get(id)!);
    for (const premise of ["judge", "own-good"]) expect(y(premise)).toBeGreaterThan(y("arg-linked"));
    expect(y("mill")).toBeGreaterThan(y("arg-expert"));
    expect(y("arg-linked")).toBeGreaterThan(y("harm"));
    expect(y("arg-expert")).toBeGreaterThan(y("harm"));
    expect(y("families")).toBeGreaterThan(y("harm"));
    expect(y("philosopher")).toBeGreaterThan(y("arg-expert"));
  });

  it("turns the picture over with direction DOWN: reasons on top, edges pointing down", async () => {
    const layout = await layoutMap(LIBERTY_MAP, { direction: "DOWN" });
    expect(middleY(layout.get("judge")!)).toBeLessThan(middleY(layout.get("arg-linked")!));
    expect(middleY(layout.get("arg-linked")!)).toBeLessThan(middleY(layout.get("harm")!));
  });

  it("lets no two boxes overlap and is deterministic", async () => {
    const layout = await layoutMap(LIBERTY_MAP);
    const boxes = [...layout.entries()];
    const clashes = boxes.flatMap(([a, boxA], i) =>
      boxes.slice(i + 1).flatMap(([b, boxB]) => (overlap(boxA, boxB) ? [[a, b]] : [])),
    );
    expect(clashes).toEqual([]);
    expect([...(await layoutMap(LIBERTY_MAP)).entries()]).toEqual(boxes);
  });

  it("lays out an empty map as nothing", async () => {
    expect((await layoutMap({ nodes: [], arguments: [], attacks: [] })).size).toBe(0);
  });

  it("lays out a generated map of 1,000 statements completely", async () => {
    const graph = generateMap(1000);
    const layout = await layoutMap(graph);
    expect(layout.size).toBe(graph.nodes.length + graph.arguments.length);
    for (const box of layout.values()) expect(Number.isFinite(box.x) && Number.isFinite(box.y)).toBe(true);
  }, 30_000); // a cold ELK on a busy CI machine; speed is measured separately, not asserted
});

describe("elkGraphOf", () => {
  const graph = {
    nodes: [freeNode("a", "claim", "Harm principle."), freeNode("b")],
    arguments: [support("arg", ["b"], "a")],
    attacks: [],
  };

  it("asks ELK for a layered layout, upward, with straight edges and the default spacing", () => {
    expect(elkGraphOf(graph)).toMatchObject({
      id: "root",
      layoutOptions: {
        "elk.algorithm": "layered",
        "elk.direction": "UP",
        "elk.spacing.nodeNode": "28",
        "elk.layered.spacing.nodeNodeBetweenLayers": "36",
        "elk.spacing.componentComponent": "36",
        "elk.edgeRouting": "POLYLINE",
      },
    });
  });

  it("passes the direction and spacing asked for, layer spacing also between components", () => {
    expect(elkGraphOf(graph, { direction: "LEFT", nodeSpacing: 5, layerSpacing: 7 }).layoutOptions).toMatchObject({
      "elk.direction": "LEFT",
      "elk.spacing.nodeNode": "5",
      "elk.layered.spacing.nodeNodeBetweenLayers": "7",
      "elk.spacing.componentComponent": "7",
    });
  });

  it("sizes statements by their text box and junctions as small squares, with an edge per drawn line", () => {
    const elk = elkGraphOf(graph);
    const { width, height } = statementBox(graph.nodes[0]);
    expect(elk.children?.[0]).toEqual({ id: "a", width, height });
    expect(elk.children?.[2]).toEqual({ id: "arg", width: BOX_STYLE.junctionSize, height: BOX_STYLE.junctionSize });
    expect(elk.edges).toEqual([
      { id: "premise:arg:b", sources: ["b"], targets: ["arg"] },
      { id: "conclusion:arg", sources: ["arg"], targets: ["a"] },
    ]);
  });
});

describe("boxesOf", () => {
  it("reads a box per laid-out child, missing coordinates and sizes as 0", () => {
    const layout = boxesOf({ id: "root", children: [{ id: "a", x: 3, y: 4, width: 50, height: 20 }, { id: "b" }] });
    expect([...layout]).toEqual([
      ["a", { x: 3, y: 4, width: 50, height: 20 }],
      ["b", { x: 0, y: 0, width: 0, height: 0 }],
    ]);
  });

  it("is empty for a graph without children", () => {
    expect(boxesOf({ id: "root" }).size).toBe(0);
  });
});
