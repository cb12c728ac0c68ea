import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flowElements, type StatementData } from "@/app/documents/[id]/_map/flow-elements";
import { fromAif } from "@/lib/argument/formats/aif-import";
import { RELATION_COLOR } from "@/lib/argument/map-style";

// The map view of a real OVA3 save (tests/fixtures/corpora/aif): its MA-nodes
// drawn as dashed "restates" edges, its statements saying who said them.

const graph = fromAif(
  readFileSync(path.join(process.cwd(), "tests/fixtures/corpora/aif/ova3-ul-tmp-1633448358.json"), "utf8"),
);
const view = flowElements(graph, new Map(), { orphaned: new Set(), warned: new Set() });

describe("flowElements on an AIF+ dialogue", () => {
  it("draws each restatement as a dashed, labelled 'restates' edge in the export's colour", () => {
    const restates = view.edges.filter((edge) => edge.data?.relation === "restates");
    expect(restates.map((edge) => [edge.id, edge.source, edge.target])).toEqual(
      graph.restatements!.map((r) => [r.id, r.fromId, r.toId]),
    );
    expect(restates).toHaveLength(2);
    for (const edge of restates) {
      expect(edge.label).toBe("restates");
      expect(edge.style).toEqual({ stroke: RELATION_COLOR.restates, strokeDasharray: "4 4" });
      expect(edge.className).toContain("relation-restates");
    }
  });

  it("gives each statement a locution introduced the speaker who said it", () => {
    const said = view.nodes
      .filter((node) => node.type === "statement")
      .map((node) => [node.id, (node.data as StatementData).saidBy?.map((s) => s.speaker)]);
    expect(said).toContainEqual(["n2", ["Participant Rachel"]]);
    expect(said.filter(([, speakers]) => speakers).length).toBe(7);
  });
});
