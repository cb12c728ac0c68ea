import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toAifFile } from "@/lib/argument/formats/aif-export";
import { importAif } from "@/lib/argument/formats/aif-import";
import { ZMapGraph } from "@/lib/validation/argument-map";

// Every real AIF file under tests/fixtures/corpora/aif (SOURCES.md names
// where each comes from) goes through Warrant and out again unchanged in
// what it holds: the same nodes by type, with the same ids, and the same
// edges by the types they join.

const FOLDER = path.join(process.cwd(), "tests/fixtures/corpora/aif");
const FILES = readdirSync(FOLDER).filter((name) => name.endsWith(".json"));

type Aif = { nodes: { nodeID: string | number; type: string }[]; edges: { fromID: unknown; toID: unknown }[] };
const unwrap = (json: Record<string, unknown>) => (json.AIF ?? json.aif ?? json) as Aif;

/** Nodes by type, edges by "from type→to type", and the node ids. */
function census(json: Record<string, unknown>) {
  const { nodes, edges = [] } = unwrap(json);
  const typeOf = new Map(nodes.map((node) => [String(node.nodeID), node.type]));
  const count = (keys: string[]) => keys.reduce<Record<string, number>>((c, k) => ({ ...c, [k]: (c[k] ?? 0) + 1 }), {});
  return {
    nodes: count(nodes.map((node) => node.type)),
    edges: count(edges.map((e) => `${typeOf.get(String(e.fromID)) ?? "?"}→${typeOf.get(String(e.toID)) ?? "?"}`)),
    ids: nodes.map((node) => node.nodeID).sort(),
  };
}

describe("real AIF corpus: import → export keeps every node and edge", () => {
  it("has at least 15 files from at least 4 repositories, each listed in SOURCES.md", () => {
    const sources = readFileSync(path.join(FOLDER, "../SOURCES.md"), "utf8");
    // A row of the AIF table: | file | repository | path | commit | licence |
    const rows = new Map([...sources.matchAll(/^\| (\S+\.json) \| (\S+\/\S+) \|/gm)].map((m) => [m[1], m[2]]));
    expect(FILES.filter((name) => !rows.has(name))).toEqual([]);
    expect(FILES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(FILES.map((name) => rows.get(name))).size).toBeGreaterThanOrEqual(4);
  });

  it.each(FILES)("%s", (name) => {
    const original = JSON.parse(readFileSync(path.join(FOLDER, name), "utf8")) as Record<string, unknown>;
    const { graph, report } = importAif(original);
    expect(ZMapGraph.parse(graph)).toEqual(graph);
    const exported = JSON.parse(JSON.stringify(toAifFile(graph))) as Record<string, unknown>;
    expect(census(exported)).toEqual(census(original));
    // The wrapper's and the AIF object's other keys come back as they were.
    const { AIF: _a, aif: _b, nodes: _n, edges: _e, warrant: _w, ...outer } = exported;
    const { AIF: _c, aif: _d, nodes: _m, edges: _f, ...outerBefore } = original;
    expect(outer).toEqual(outerBefore);
    // What the map did not model comes back record for record.
    const before = new Map(unwrap(original).nodes.map((node) => [String(node.nodeID), node]));
    for (const node of graph.aif?.nodes ?? []) expect(node).toEqual(before.get(String(node.nodeID)));
    // Importing the export gives the same map, and exporting that the same file again.
    const again = importAif(exported).graph;
    expect({ ...again, aif: undefined }).toEqual({ ...graph, aif: undefined });
    expect(census(toAifFile(again))).toEqual(census(original));
    expect(report.imported.statements).toBe(graph.nodes.length);
  });
});
