import { describe, expect, it } from "vitest";
import type { EdgeBox } from "@/lib/argument/edge-ends";
import { statementBox } from "@/lib/argument/map-style";
import { linkPassageByDrop, passageDropChoices } from "@/lib/argument/passage-drop";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

/** c ← a1 ← p, and q beside p; "ann-p" is p's passage. */
const graph: MapGraph = {
  nodes: [freeNode("c", "claim"), { ...freeNode("p"), annotationId: "ann-p" }, freeNode("q")],
  arguments: [support("a1", ["p"], "c")],
  attacks: [],
};
const sized = (id: string, x: number, y: number): EdgeBox => ({
  x,
  y,
  ...(({ width, height }) => ({ width, height }))(statementBox(graph.nodes.find((n) => n.id === id)!)),
});
/** As the layout draws it: the claim on top, its reason and q in the layer under it, the junction between. */
const layout = new Map<string, EdgeBox>([
  ["c", sized("c", 0, 0)],
  ["p", sized("p", -150, 140)],
  ["q", sized("q", 150, 140)],
  ["a1", { x: 0, y: 100, width: 18, height: 18 }],
]);

const fresh = { id: "ann-new", kind: "objection" as const, quote: "  A passage\n  from the text. " };
const overlap = (a: EdgeBox, b: EdgeBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("passageDropChoices", () => {
  it("offers what a box dragged there would: all three onto a supported statement, no undercut onto an unsupported one", () => {
    expect(passageDropChoices(graph, fresh, "c")).toEqual({ supports: true, attacks: true, undercuts: true });
    expect(passageDropChoices(graph, fresh, "q")).toEqual({ supports: true, attacks: true, undercuts: false });
  });
  it("offers only an undercut onto a junction, and nothing onto the passage's own box", () => {
    expect(passageDropChoices(graph, fresh, "a1")).toEqual({ supports: false, attacks: false, undercuts: true });
    const own = { id: "ann-p", kind: "premise" as const, quote: "Statement p." };
    expect(passageDropChoices(graph, own, "p")).toEqual({ supports: false, attacks: false, undercuts: false });
  });
});

describe("linkPassageByDrop", () => {
  it("adds the passage's statement and the relation in one edit", () => {
    const after = linkPassageByDrop(graph, fresh, "c", "attacks", layout);
    expect(after.nodes).toHaveLength(4);
    const added = after.nodes.find((node) => node.annotationId === "ann-new")!;
    expect(added).toMatchObject({ kind: "objection", text: "A passage from the text." });
    expect(after.attacks).toEqual([{ id: expect.any(String), attackerId: added.id, target: { nodeId: "c" } }]);
    expect(after.arguments).toEqual(graph.arguments);
  });

  it("links the statement already on the map for that passage, adding none and moving nothing", () => {
    const after = linkPassageByDrop(
      graph,
      { id: "ann-p", kind: "premise", quote: "Statement p." },
      "q",
      "supports",
      layout,
    );
    expect(after.nodes).toEqual(graph.nodes);
    expect(after.arguments.at(-1)).toMatchObject({ premiseIds: ["p"], conclusionId: "q" });
  });

  it("places the new statement under the box it was dropped on, clear of every box drawn", () => {
    const after = linkPassageByDrop(graph, fresh, "q", "supports", layout);
    const added = after.nodes.find((node) => node.annotationId === "ann-new")!;
    const box = { ...added.position!, width: statementBox(added).width, height: statementBox(added).height };
    const q = layout.get("q")!;
    for (const other of layout.values()) expect(overlap(box, other)).toBe(false);
    expect(box.y).toBeGreaterThanOrEqual(q.y + q.height);
    // Beside q: its centre under q's, well within one box's width.
    expect(Math.abs(box.x + box.width / 2 - (q.x + q.width / 2))).toBeLessThan(q.width);
    expect(box.y - (q.y + q.height)).toBeLessThan(120);
  });

  it("keeps off boxes the reader placed where the spot under the target would be", () => {
    // Something placed right under the claim, where its new reason would go.
    const crowded: MapGraph = {
      ...graph,
      nodes: [...graph.nodes, { ...freeNode("r"), position: { x: layout.get("c")!.x, y: 160 } }],
    };
    const after = linkPassageByDrop(crowded, fresh, "c", "supports", layout);
    const added = after.nodes.find((node) => node.annotationId === "ann-new")!;
    const box = { ...added.position!, width: statementBox(added).width, height: statementBox(added).height };
    const r = { x: layout.get("c")!.x, y: 160, width: statementBox(crowded.nodes[3]!).width, height: 60 };
    for (const other of [...layout.values(), r]) expect(overlap(box, other)).toBe(false);
  });

  it("undercuts the inference on the junction dropped on, and refuses what the choices do not offer", () => {
    const after = linkPassageByDrop(graph, fresh, "a1", "undercuts", layout);
    expect(after.attacks.at(-1)?.target).toEqual({ argumentId: "a1" });
    expect(() => linkPassageByDrop(graph, fresh, "a1", "attacks", layout)).toThrow(/only be undercut/i);
  });

  it("leaves the new statement for the layout to place when the box dropped on is not drawn yet", () => {
    const after = linkPassageByDrop(graph, fresh, "c", "supports", new Map());
    expect(after.nodes.find((node) => node.annotationId === "ann-new")!.position).toBeNull();
  });
});
