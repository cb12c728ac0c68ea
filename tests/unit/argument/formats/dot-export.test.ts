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

type Attributes = Record<string, string>;
type ParsedDot = {
  graph: Attributes;
  nodeDefaults: Attributes;
  edgeDefaults: Attributes;
  nodes: Map<string, Attributes>;
  edges: { source: string; target: string; attributes: Attributes }[];
};

/**
 * The DOT that toDot writes, read back: one statement a line between
 * `digraph map {` and `}`. Ids and attribute values come without their
 * quotes, with only `\"` unescaped, as DOT reads them; a bare value (a
 * number, `dashed`) as written.
 */
function parseDot(source: string): ParsedDot {
  const lines = source.split("\n");
  expect([lines[0], ...lines.slice(-2)]).toEqual(["digraph map {", "}", ""]);
  const parsed: ParsedDot = { graph: {}, nodeDefaults: {}, edgeDefaults: {}, nodes: new Map(), edges: [] };
  const id = String.raw`"((?:[^"\\]|\\.)*)"`;
  const unquote = (text: string) => text.replace(/\\"/g, '"');
  const attributes = (list: string): Attributes => {
    const pairs = [...list.matchAll(new RegExp(String.raw`(\w+)=(?:${id}|([^,\s"]+))(?:, |$)`, "g"))];
    expect(pairs.map((pair) => pair[0]).join("")).toBe(list);
    return Object.fromEntries(
      pairs.map(([, key, quoted, bare]) => [key, quoted === undefined ? bare : unquote(quoted)]),
    );
  };
  const statement = new RegExp(String.raw`^  (?:(graph|node|edge)|${id}(?: -> ${id})?) \[(.*)\];$`);
  for (const line of lines.slice(1, -2)) {
    const match = statement.exec(line);
    if (!match) throw new Error(`not a DOT statement toDot writes: ${line}`);
    const [, keyword, first, second, list] = match;
    const attrs = attributes(list);
    if (keyword === "graph") parsed.graph = attrs;
    else if (keyword === "node") parsed.nodeDefaults = attrs;
    else if (keyword === "edge") parsed.edgeDefaults = attrs;
    else if (second === undefined) parsed.nodes.set(unquote(first), attrs);
    else parsed.edges.push({ source: unquote(first), target: unquote(second), attributes: attrs });
  }
  return parsed;
}

/** A label's lines as Graphviz reads its escString: `\n` breaks a line, `\\` is one backslash. */
const labelLines = (label: string) =>
  label.split(/(\\.)/).reduce<string[]>(
    (lines, part) => {
      if (part === "\\n") lines.push("");
      else lines[lines.length - 1] += part.startsWith("\\") ? part.slice(1) : part;
      return lines;
    },
    [""],
  );

describe("toDot", () => {
  const liberty = () => parseDot(toDot(LIBERTY_MAP, { title: "On Liberty" }));

  it("draws bottom to top with the title on top, in the boxes' font", () => {
    const dot = liberty();
    expect(dot.graph).toEqual({
      rankdir: "BT",
      label: "On Liberty",
      labelloc: "t",
      fontname: "DejaVu Sans",
      fontsize: "16",
      nodesep: "0.3",
      ranksep: "0.4",
    });
    expect(dot.nodeDefaults).toEqual({
      shape: "box",
      style: "rounded,filled",
      fontname: "DejaVu Sans",
      fontsize: "11",
      color: "#4b5563",
      margin: "0.12,0.06",
    });
    expect(dot.edgeDefaults).toEqual({ fontname: "DejaVu Sans", fontsize: "10", penwidth: "1.4" });
  });

  it("writes statements as filled boxes labelled with kind and wrapped text", () => {
    const { nodes } = liberty();
    expect(nodes.get("harm")).toEqual({
      label: String.raw`CLAIM\nSociety may coerce an\nindividual only to prevent\nharm to others.`,
      fillcolor: "#dbeafe",
    });
    expect(labelLines(nodes.get("families")!.label)).toEqual([
      "OBJECTION",
      'Some "self-regarding" acts',
      "harm families & <dependants>",
      "too.",
    ]);
    expect(nodes.get("families")!.fillcolor).toBe("#fee2e2");
    expect(nodes.get("own-good")!.fillcolor).toBe("#ffffff");
  });

  it("writes junctions as small circles, filled green when linked and white otherwise, with the scheme's name", () => {
    const { nodes } = liberty();
    const circle = { shape: "circle", fixedsize: "true", width: "0.14", label: "", style: "filled", color: "#2e7d32" };
    expect(nodes.get("arg-linked")).toEqual({ ...circle, fillcolor: "#2e7d32" });
    expect(nodes.get("arg-speech")).toEqual({ ...circle, fillcolor: "#ffffff" });
    expect(nodes.get("arg-expert")).toEqual({
      ...circle,
      fillcolor: "#ffffff",
      xlabel: "Argument from Expert Opinion",
      fontsize: "9",
    });
  });

  it("styles supports solid green, attacks red dashed and undercuts red dotted into the junction", () => {
    const edges = liberty().edges.map(({ source, target, attributes }) => [`${source} -> ${target}`, attributes]);
    const premise = { color: "#2e7d32", arrowhead: "none" };
    const conclusion = { color: "#2e7d32" };
    expect(edges).toEqual([
      ["judge -> arg-linked", premise],
      ["own-good -> arg-linked", premise],
      ["arg-linked -> harm", conclusion],
      ["mill -> arg-expert", premise],
      ["arg-expert -> harm", conclusion],
      ["speech -> arg-speech", premise],
      ["arg-speech -> truth", conclusion],
      ["truth -> arg-truth", premise],
      ["arg-truth -> speech", conclusion],
      ["families -> harm", { color: "#c62828", style: "dashed" }],
      ["philosopher -> arg-expert", { color: "#c62828", style: "dotted" }],
    ]);
  });

  it("escapes quotes and backslashes so text cannot break out or form escape sequences", () => {
    const source = toDot(HOSTILE, { title: 'A "title" \\ here' });
    expect(source).toContain('label="A \\"title\\" \\\\ here"');
    const dot = parseDot(source);
    expect(labelLines(dot.graph.label)).toEqual(['A "title" \\ here']);
    expect(labelLines(dot.nodes.get("q")!.label)).toEqual(["CLAIM", 'He said "stop" \\N \\" };', "digraph x { a -> b"]);
    expect(dot.nodes.get("s")!.xlabel).toBe("made-up");
    expect([...dot.nodes.keys()]).toEqual(["q", "r", "s"]);
  });

  it("turns each run of line breaks in a one-line string into one space", () => {
    const dot = parseDot(toDot({ nodes: [], arguments: [], attacks: [] }, { title: "Mill\r\non\n\nLiberty\rtoday" }));
    expect(dot.graph.label).toBe("Mill on Liberty today");
    expect(dot.nodes.size + dot.edges.length).toBe(0);
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
