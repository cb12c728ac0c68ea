import type { Node } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import { flowElements } from "@/app/documents/[id]/_map/flow-elements";
import { layoutMap } from "@/lib/argument/layout-map";
import { mergeLayout } from "@/lib/argument/merge-layout";
import { PANEL_SHOT_MAP } from "@/tests/fixtures/argument/panel-shot-map";

// What the map view draws for the map of the phone screenshot whose
// objection lay on the evidence with the junction inside it: no two drawn
// statement boxes overlap and no drawn junction lies on a box, before the
// layout worker answers (the screenshot's moment) and after.

type Rect = { x: number; y: number; width: number; height: number };
const noStatus = { orphaned: new Set<string>(), warned: new Set<string>() };

const rectOf = (node: Node): Rect => ({
  ...node.position,
  width: node.initialWidth ?? 0,
  height: node.initialHeight ?? 0,
});
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The drawn (not hidden) statement boxes and junctions of a flowElements result. */
function drawn(nodes: Node[]) {
  const shown = nodes.filter((node) => !node.hidden);
  return {
    boxes: shown.filter((node) => node.type === "statement").map(rectOf),
    junctions: shown.filter((node) => node.type === "junction").map(rectOf),
  };
}

function expectClear(nodes: Node[]) {
  const { boxes, junctions } = drawn(nodes);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1))
      expect(overlap(a, b), `${JSON.stringify(a)} on ${JSON.stringify(b)}`).toBe(false);
  }
  for (const junction of junctions) {
    for (const box of boxes)
      expect(overlap(junction, box), `junction ${JSON.stringify(junction)} on a box`).toBe(false);
  }
}

describe("flowElements on the argument-panel screenshot's map (a saved premise, the rest unplaced)", () => {
  it("draws no statement on another and no junction on a box while the layout has not answered", () => {
    const { nodes, edges } = flowElements(PANEL_SHOT_MAP, new Map(), noStatus);
    expectClear(nodes);
    // Only the saved premise has a place yet; the others, their junction and their edges wait for the layout.
    expect(nodes.filter((node) => !node.hidden).map((node) => node.id)).toEqual(["nmx5yqxgk414w7"]);
    expect(edges.every((edge) => edge.hidden)).toBe(true);
  });

  it("draws every box and the junction apart once the layout (merged with the saved premise) arrives", async () => {
    const merged = mergeLayout(PANEL_SHOT_MAP, await layoutMap(PANEL_SHOT_MAP), new Map());
    const { nodes, edges } = flowElements(PANEL_SHOT_MAP, merged, noStatus);
    expect(nodes.filter((node) => node.hidden)).toEqual([]);
    expect(edges.filter((edge) => edge.hidden)).toEqual([]);
    expectClear(nodes);
    // The saved premise is where the reader's panel put it.
    expect(nodes.find((node) => node.id === "nmx5yqxgk414w7")!.position).toEqual({ x: 282, y: 215 });
  });

  it("keeps the junction off the objection when the boxes stand where the junction would fall between them", () => {
    // The reader dragged the objection between the evidence and the claim, where the junction's halfway point is.
    const dragged = {
      ...PANEL_SHOT_MAP,
      nodes: PANEL_SHOT_MAP.nodes.map((node) => {
        const at: Record<string, { x: number; y: number }> = {
          nmx5yqvla298bg: { x: 0, y: 0 },
          nmx5yqvla1glg7: { x: 0, y: 400 },
          nmx5yqxgk414w7: { x: 0, y: 560 },
          nmx5yqxu55g268: { x: 0, y: 170 },
        };
        return { ...node, position: at[node.id]! };
      }),
    };
    const { nodes } = flowElements(dragged, new Map(), noStatus);
    expect(nodes.filter((node) => node.hidden)).toEqual([]);
    expectClear(nodes);
  });
});
