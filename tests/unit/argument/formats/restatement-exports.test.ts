import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { toDot } from "@/lib/argument/formats/dot-export";
import { toGraphML } from "@/lib/argument/formats/graphml-export";
import { toMapPngAsync } from "@/lib/argument/formats/png-export";
import { toSvg } from "@/lib/argument/formats/svg-export";
import { toW3CMapCollection } from "@/lib/argument/formats/w3c-links-export";
import { layoutMap } from "@/lib/argument/layout-map";
import { mapEdges } from "@/lib/argument/map-edges";
import { RELATION_COLOR } from "@/lib/argument/map-style";
import type { MapGraph } from "@/lib/validation/argument-map";
import { runArgdown } from "@/tests/fixtures/argument/argdown-model";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";

// A restatement (AIF's MA) is written by every export as a line of its own,
// labelled "restates", never as a support or an attack.

/** c ← p; r restates c. */
const MAP: MapGraph = {
  nodes: [freeNode("c", "claim"), freeNode("p"), freeNode("r", "statement", "The claim, said again.")],
  arguments: [support("a1", ["p"], "c")],
  attacks: [],
  restatements: [{ id: "m1", fromId: "c", toId: "r" }],
};
const WITHOUT: MapGraph = { ...MAP, restatements: [] };

describe("restatements in the shared edges and the exports", () => {
  it("mapEdges draws one 'restates' edge from the restated statement to the restating one, after the others", () => {
    expect(mapEdges(MAP).at(-1)).toEqual({
      id: "restates:m1",
      source: "c",
      target: "r",
      relation: "restates",
      leg: "restatement",
      linked: false,
      ownerId: "m1",
    });
    // One whose statement is missing (a graph mid-edit) is left out.
    expect(mapEdges({ ...MAP, restatements: [{ id: "m1", fromId: "c", toId: "gone" }] })).toEqual(mapEdges(WITHOUT));
  });

  it("DOT: a dashed slate edge labelled restates", () => {
    expect(toDot(MAP, { title: "t" })).toContain(
      `"c" -> "r" [color="${RELATION_COLOR.restates}", style=dashed, label="restates", fontcolor="${RELATION_COLOR.restates}"];`,
    );
    expect(toDot(WITHOUT, { title: "t" })).not.toContain("restates");
  });

  it("GraphML: an edge with relation restates and leg restatement", () => {
    expect(toGraphML(MAP, { title: "t" })).toContain(
      '<edge id="restates:m1" source="c" target="r"><data key="relation">restates</data>' +
        '<data key="leg">restatement</data><data key="linked">false</data></edge>',
    );
  });

  it("SVG and PNG: a dashed line with its own arrowhead and the label 'restates'", async () => {
    const layout = await layoutMap(MAP);
    const svg = toSvg(MAP, layout, { title: "t" });
    expect(svg).toContain(`<marker id="arrow-restate"`);
    expect(svg).toMatch(
      new RegExp(
        `stroke="${RELATION_COLOR.restates}" stroke-width="1.6" stroke-dasharray="4 4" marker-end="url\\(#arrow-restate\\)"`,
      ),
    );
    expect(svg).toMatch(/>restates<\/text>/);
    // The PNG draws it: pixels of the restates colour appear only with it.
    const slate = async (graph: MapGraph) => {
      const png = await toMapPngAsync(graph, await layoutMap(graph), { title: "t", scale: 1 });
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      let count = 0;
      for (let i = 0; i < data.length; i += info.channels) {
        if (data[i] === 0x47 && data[i + 1] === 0x55 && data[i + 2] === 0x69) count++;
      }
      return count;
    };
    expect(await slate(WITHOUT)).toBe(0);
    expect(await slate(MAP)).toBeGreaterThan(20);
  });

  it("W3C: a linking Annotation classified 'restates', restated statement first, with the sentence", () => {
    const collection = toW3CMapCollection({
      graph: MAP,
      title: "t",
      mapUrl: "https://w.example/maps/1",
      collectionUrl: "https://w.example/api/maps/1/export?format=w3c",
      documentUrl: "https://w.example/documents/d",
      baseUrl: "https://w.example",
      annotations: [],
    });
    const item = collection.first.items.at(-1) as { id: string; body: { value: string }[]; target: string[] };
    expect(item.id).toBe("https://w.example/maps/1/restatements/m1");
    expect(item.body.map((body) => body.value)).toEqual([
      "restates",
      "“The claim, said again.” restates “Statement c.”.",
    ]);
    expect(item.target).toEqual(["https://w.example/maps/1/statements/c", "https://w.example/maps/1/statements/r"]);
  });
});

describe("restatements in Argdown", () => {
  it("are Argdown's equivalence: the restating statement is another formulation under the restated one's title", () => {
    const argdown = toArgdown(MAP);
    expect(argdown).toContain("[Statement c]: Statement c.");
    expect(argdown).toContain("[Statement c]: The claim, said again.");
    const { statements } = runArgdown(argdown);
    // Members that only refer to the statement (in the argument below) have no text.
    const texts = statements!["Statement c"].members.flatMap((member) => (member.text ? [member.text.trim()] : []));
    expect(texts).toEqual(["Statement c.", "The claim, said again."]);
    expect(Object.keys(statements!)).toHaveLength(2);
  });

  it("name a chain of restatements, in any order, by its first statement in the map", () => {
    const chain: MapGraph = {
      nodes: [freeNode("a", "claim", "First."), freeNode("b", "claim", "Second."), freeNode("c", "claim", "Third.")],
      arguments: [],
      attacks: [],
      restatements: [
        { id: "m1", fromId: "c", toId: "b" },
        { id: "m2", fromId: "b", toId: "a" },
      ],
    };
    expect(toArgdown(chain).match(/^\[[^\]]+\]/gm)).toEqual(["[First]", "[First]", "[First]"]);
  });
});
