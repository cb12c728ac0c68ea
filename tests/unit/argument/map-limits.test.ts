import { describe, expect, it } from "vitest";
import { layoutSize } from "@/lib/argument/layout-size";
import {
  MAX_MAP_ARGUMENTS,
  MAX_MAP_ATTACKS,
  MAX_MAP_LINKS,
  MAX_MAP_NODES,
  MAX_PREMISES,
  ZMapGraph,
  type MapGraph,
} from "@/lib/validation/argument-map";
import { generateMap } from "@/tests/fixtures/argument/generate-map";

// The map schema allows only maps the product can draw: the limits were
// chosen by timing ELK on growing maps (see layout-in-worker.ts).

const statement = (i: number) => ({
  id: `n${i}`,
  annotationId: null,
  kind: "statement" as const,
  text: `Statement ${i}.`,
  position: null,
});

/** `statements` statements and `count` arguments, each with `premises` premises. */
function mapOf(statements: number, count: number, premises: number): MapGraph {
  return {
    nodes: Array.from({ length: statements }, (_, i) => statement(i)),
    arguments: Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      conclusionId: `n${i % statements}`,
      premiseIds: Array.from({ length: premises }, (_, j) => `n${(i + j + 1) % statements}`),
      scheme: null,
      answers: {},
    })),
    attacks: [],
  };
}

function messageOf(graph: MapGraph): string | null {
  const parsed = ZMapGraph.safeParse(graph);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join("; ");
}

describe("the map schema's limits", () => {
  it("keeps to sizes the map layout can draw", () => {
    expect(MAX_MAP_NODES).toBe(5_000);
    expect(MAX_MAP_ARGUMENTS).toBeLessThanOrEqual(MAX_MAP_NODES);
    expect(MAX_MAP_ATTACKS).toBeLessThanOrEqual(MAX_MAP_NODES);
    expect(MAX_PREMISES).toBeLessThanOrEqual(20);
    expect(MAX_MAP_LINKS).toBeLessThanOrEqual(10_000);
  });

  it("accepts the largest generated map, 5,000 statements", () => {
    const graph = generateMap(MAX_MAP_NODES);
    expect(messageOf(graph)).toBeNull();
    expect(layoutSize(graph).edges).toBeLessThanOrEqual(MAX_MAP_LINKS);
  });

  it("refuses an argument with more than MAX_PREMISES premises", () => {
    expect(messageOf(mapOf(60, 1, MAX_PREMISES))).toBeNull();
    expect(messageOf(mapOf(60, 1, MAX_PREMISES + 1))).toMatch(/20/);
  });

  it("refuses more arguments than MAX_MAP_ARGUMENTS", () => {
    expect(messageOf(mapOf(MAX_MAP_NODES, MAX_MAP_ARGUMENTS + 1, 1))).not.toBeNull();
  });

  it("refuses a map with more links than MAX_MAP_LINKS, saying how many it has", () => {
    // 500 statements, 1,000 arguments of 5 premises: 6,000 links (it took 80 s to lay out).
    expect(messageOf(mapOf(500, 1_000, 5))).toBeNull();
    const dense = mapOf(2_000, 2_000, 5); // 12,000 links
    expect(messageOf(dense)).toMatch(/12,000 links.*at most 10,000/);
  });
});
