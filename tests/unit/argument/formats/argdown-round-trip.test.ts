import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import type { MapGraph } from "@/lib/validation/argument-map";
import { argdownSummary, runArgdown } from "@/tests/fixtures/argument/argdown-model";
import { EXCHANGE_MAP } from "@/tests/fixtures/argument/exchange-map";
import { generateMap } from "@/tests/fixtures/argument/generate-map";
import { renumberIds } from "@/tests/fixtures/argument/renumber-ids";

const CONGESTION = readFileSync(
  path.resolve(import.meta.dirname, "../../../fixtures/argument/congestion.argdown"),
  "utf8",
);

describe("Argdown round trips", () => {
  it("Argdown → map → Argdown keeps every statement and relation, as @argdown/core reads them", () => {
    const original = argdownSummary(runArgdown(CONGESTION));
    expect(original.statements).toHaveLength(13);
    expect(original.supports).toHaveLength(5);
    expect(original.attacks).toHaveLength(6); // the contradiction counts twice
    expect(original.undercuts).toHaveLength(2);
    const exported = runArgdown(toArgdown(fromArgdown(CONGESTION)));
    expect(exported.parserErrors).toEqual([]);
    expect(argdownSummary(exported)).toEqual(original);
  });

  it("map → Argdown → map gives the same map up to ids", () => {
    const back = fromArgdown(toArgdown(EXCHANGE_MAP, { title: "Parking reform" }));
    expect(renumberIds(back)).toEqual(renumberIds(EXCHANGE_MAP));
    expect(back.nodes.map((node) => node.id)).toEqual(["n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8"]);
  });

  it("does so for a generated 400-statement map, and exporting again gives the same text", () => {
    const big = generateMap(400, 7);
    const source = toArgdown(big);
    const back = fromArgdown(source);
    expect(renumberIds(back)).toEqual(renumberIds(big));
    expect(toArgdown(back)).toBe(source);
  });

  it("keeps texts with line breaks, blanks and odd numbers exactly", () => {
    const texts = [
      "two\nlines",
      "a\r\nb",
      "tabs\tand  spaces",
      "ends with a backslash \\",
      "{braces} and === and\u2028more",
    ];
    const graph: MapGraph = {
      nodes: texts.map((text, i) => ({
        id: `n${i}`,
        annotationId: null,
        kind: "note",
        text,
        position: { x: [-0, 1e21, 5e-324, -1.5, 0.1][i], y: i },
      })),
      arguments: [],
      attacks: [],
    };
    const back = fromArgdown(toArgdown(graph));
    expect(renumberIds(back)).toEqual(renumberIds(graph));
    expect(Object.is(back.nodes[0].position?.x, -0)).toBe(true);
  });
});
