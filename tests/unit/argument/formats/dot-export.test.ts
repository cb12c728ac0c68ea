import { spawnSync } from "node:child_process";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { toDot } from "@/lib/argument/formats/dot-export";
import { squeezeSpace } from "@/lib/argument/statement-text";
import type { MapGraph } from "@/lib/validation/argument-map";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

// On a developer's machine without Graphviz these tests skip, saying so; in CI
// (.ci/run installs graphviz) they always run, and fail if `dot` is missing.
const HAS_DOT = spawnSync("dot", ["-V"]).status === 0;
const SKIP_GRAPHVIZ = !HAS_DOT && !process.env.CI;
if (SKIP_GRAPHVIZ)
  console.warn("Graphviz `dot` is not installed: skipping the tests that render DOT (apt-get install graphviz).");

/** Graphviz's SVG for `source`, failing the test on a non-zero exit. */
function render(source: string): string {
  const result = spawnSync("dot", ["-Tsvg"], { input: source, encoding: "utf8" });
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  return result.stdout;
}

/** All <text> of an SVG, decoded, joined by spaces: what a reader sees, in drawing order. */
function visibleText(svg: string): string {
  const document = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
  return [...document.getElementsByTagName("text")].map((text) => text.textContent).join(" ");
}

const HOSTILE: MapGraph = {
  nodes: [
    {
      id: "q",
      annotationId: null,
      kind: "claim",
      text: 'He said "stop" \\N \\" }; digraph x { a -> b',
      position: null,
    },
    { id: "r", annotationId: null, kind: "premise", text: "C:\\temp\\new & <b>bold</b>\nsecond line", position: null },
  ],
  arguments: [{ id: "s", conclusionId: "q", premiseIds: ["r"], scheme: "made-up", answers: {} }],
  attacks: [],
};

describe("toDot", () => {
  const dot = toDot(LIBERTY_MAP, { title: "On Liberty" });

  it("draws bottom to top with the title on top", () => {
    expect(dot.split("\n").slice(0, 2)).toEqual([
      "digraph map {",
      '  graph [rankdir=BT, label="On Liberty", labelloc=t, fontname="DejaVu Sans", fontsize=16, nodesep=0.3, ranksep=0.4];',
    ]);
  });

  it("writes statements as filled boxes labelled with kind and wrapped text", () => {
    expect(dot).toContain(
      '  "harm" [label="CLAIM\\nSociety may coerce an\\nindividual only to prevent\\nharm to others.", fillcolor="#dbeafe"];',
    );
    expect(dot).toContain(
      '  "families" [label="OBJECTION\\nSome \\"self-regarding\\" acts\\nharm families & <dependants>\\ntoo.", fillcolor="#fee2e2"];',
    );
  });

  it("writes junctions as small circles, filled when linked, with the scheme's name", () => {
    expect(dot).toContain(
      '  "arg-linked" [shape=circle, fixedsize=true, width=0.14, label="", style=filled, fillcolor="#2e7d32", color="#2e7d32"];',
    );
    expect(dot).toContain(
      '  "arg-expert" [shape=circle, fixedsize=true, width=0.14, label="", style=filled, fillcolor="#ffffff", ' +
        'color="#2e7d32", xlabel="Argument from Expert Opinion", fontsize=9];',
    );
  });

  it("styles supports solid green, attacks red dashed and undercuts red dotted into the junction", () => {
    const edges = dot.split("\n").filter((line) => line.includes(" -> "));
    expect(edges).toEqual([
      '  "judge" -> "arg-linked" [color="#2e7d32", arrowhead=none];',
      '  "own-good" -> "arg-linked" [color="#2e7d32", arrowhead=none];',
      '  "arg-linked" -> "harm" [color="#2e7d32"];',
      '  "mill" -> "arg-expert" [color="#2e7d32", arrowhead=none];',
      '  "arg-expert" -> "harm" [color="#2e7d32"];',
      '  "speech" -> "arg-speech" [color="#2e7d32", arrowhead=none];',
      '  "arg-speech" -> "truth" [color="#2e7d32"];',
      '  "truth" -> "arg-truth" [color="#2e7d32", arrowhead=none];',
      '  "arg-truth" -> "speech" [color="#2e7d32"];',
      '  "families" -> "harm" [color="#c62828", style=dashed];',
      '  "philosopher" -> "arg-expert" [color="#c62828", style=dotted];',
    ]);
  });

  it("escapes quotes and backslashes so text cannot break out or form escape sequences", () => {
    const hostile = toDot(HOSTILE, { title: 'A "title" \\ here' });
    expect(hostile).toContain('label="A \\"title\\" \\\\ here"');
    expect(hostile).toContain(
      '  "q" [label="CLAIM\\nHe said \\"stop\\" \\\\N \\\\\\" };\\ndigraph x { a -> b", fillcolor="#dbeafe"];',
    );
    expect(hostile).toContain('xlabel="made-up"');
  });
});

describe.skipIf(SKIP_GRAPHVIZ)("toDot through Graphviz", () => {
  it("renders the fixture with dot -Tsvg, every statement's text in the picture", () => {
    const text = visibleText(render(toDot(LIBERTY_MAP, { title: "On Liberty" })));
    expect(text).toContain("On Liberty");
    for (const node of LIBERTY_MAP.nodes)
      expect(text).toContain(`${node.kind.toUpperCase()} ${squeezeSpace(node.text)}`);
    expect(text).toContain("Argument from Expert Opinion");
  });

  it("renders hostile text literally", () => {
    const text = visibleText(render(toDot(HOSTILE, { title: 'A "title" \\ here' })));
    expect(text).toContain('A "title" \\ here');
    expect(text).toContain('CLAIM He said "stop" \\N \\" }; digraph x { a -> b');
    expect(text).toContain("PREMISE C:\\temp\\new & <b>bold</b> second line");
  });
});
