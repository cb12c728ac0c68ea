import { describe, expect, it } from "vitest";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import type { MapGraph, MapNode } from "@/lib/validation/argument-map";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";
import { argdownSummary, runArgdown } from "@/tests/fixtures/argument/argdown-model";
import { EXCHANGE_MAP } from "@/tests/fixtures/argument/exchange-map";

const EXPECTED = `===
title: "Parking reform"
===

[Cities should replace parking minimums]: Cities should replace parking minimums with parking maximums. {kind: "claim", annotation: "6f1c0b1e-2a3b-4c5d-8e9f-0a1b2c3d4e01", position: {x: 0, y: 0}}

[Minimums force developers to build]: Minimums force developers to build more spaces than drivers use: 1.5 per unit, e\\.g. in Phoenix. {kind: "premise", annotation: "6f1c0b1e-2a3b-4c5d-8e9f-0a1b2c3d4e02", position: {x: -240, y: 180}}

[Every unused space adds 50]: Every \\*unused\\* space adds ~$50,000 to the cost of a new home (see /reports/2019). {kind: "premise", annotation: "6f1c0b1e-2a3b-4c5d-8e9f-0a1b2c3d4e03", position: {x: -40, y: 180}}

[Housing should be affordable]: Housing should be affordable. {position: {x: 160, y: 180}, text: "Housing should be\\naffordable."}

[Donald Shoup a planning professor]: Donald Shoup, a planning professor, says that minimums subsidise driving. {kind: "evidence", annotation: "6f1c0b1e-2a3b-4c5d-8e9f-0a1b2c3d4e04", position: {x: 360, y: 180}}

[Where maximums replaced minimums more]: Where maximums replaced minimums, more people rode transit \\[citation needed\\]. {kind: "evidence", annotation: "6f1c0b1e-2a3b-4c5d-8e9f-0a1b2c3d4e05"}

[Shops need parking lots or]: Shops need parking\\_lots, or customers go elsewhere \\#retail \\<!-- really? --\\> {kind: "objection", annotation: "6f1c0b1e-2a3b-4c5d-8e9f-0a1b2c3d4e06", position: {x: 420, y: -20.5}}

[Shoup has campaigned against minimums]: Shoup has campaigned against minimums for decades, so he is not a neutral source.

<Argument 1>

(1) [Minimums force developers to build]
(2) [Every unused space adds 50]
(3) [Housing should be affordable]
----
(4) [Cities should replace parking minimums]

<Argument 2>

(1) [Donald Shoup a planning professor]
-- Argument from Expert Opinion {answers: {"0": "answered", "3": "fails"}} --
(2) [Cities should replace parking minimums]

<Argument 3>

(1) [Where maximums replaced minimums more]
----
(2) [Cities should replace parking minimums]

[Shops need parking lots or]
  -> [Cities should replace parking minimums]

[Shoup has campaigned against minimums]
  _> <Argument 2>
`;

/** What a map says, in argdownSummary's words. */
function mapSummary(graph: MapGraph) {
  const text = (id: string) => graph.nodes.find((node) => node.id === id)!.text;
  const inference = (id: string) => {
    const argument = graph.arguments.find((a) => a.id === id)!;
    return `${argument.premiseIds.map(text).sort().join(" & ")} ⇒ ${text(argument.conclusionId)}`;
  };
  const attacks = graph.attacks.filter((attack) => "nodeId" in attack.target);
  const undercuts = graph.attacks.filter((attack) => "argumentId" in attack.target);
  const target = (attack: MapGraph["attacks"][number]) =>
    "nodeId" in attack.target ? text(attack.target.nodeId) : `(${inference(attack.target.argumentId)})`;
  return {
    statements: graph.nodes.map((node) => node.text).sort(),
    supports: graph.arguments.map((argument) => inference(argument.id)).sort(),
    attacks: attacks.map((attack) => `${text(attack.attackerId)} ⟂ ${target(attack)}`).sort(),
    undercuts: undercuts.map((attack) => `${text(attack.attackerId)} ⟂ ${target(attack)}`).sort(),
  };
}

describe("toArgdown", () => {
  // Exported inside each test, not once for the file: Stryker activates a mutant only while tests run.
  const exchangeSource = () => toArgdown(EXCHANGE_MAP, { title: "Parking reform" });

  it("writes statements, premise–conclusion structures and attack paragraphs", () => {
    expect(exchangeSource()).toBe(EXPECTED);
  });

  it("parses with @argdown/core 1.7.5 without a single lexer or parser error", () => {
    const response = runArgdown(exchangeSource());
    expect(response.lexerErrors).toEqual([]);
    expect(response.parserErrors).toEqual([]);
    expect(response.exceptions).toEqual([]);
    expect(response.frontMatter).toEqual({ title: "Parking reform" });
  });

  it("gives Argdown's model the same statements, supports, attacks and undercuts", () => {
    const response = runArgdown(exchangeSource());
    expect(Object.keys(response.statements!)).toHaveLength(8);
    expect(Object.keys(response.arguments!)).toEqual(["Argument 1", "Argument 2", "Argument 3"]);
    expect(response.arguments!["Argument 1"].pcs.map((s) => `${s.role} ${s.title}`)).toEqual([
      "premise Minimums force developers to build",
      "premise Every unused space adds 50",
      "premise Housing should be affordable",
      "main-conclusion Cities should replace parking minimums",
    ]);
    const relations = response.relations!.map(
      (r) => `${r.relationType} ${r.from?.title} → ${r.to?.type} ${r.to?.title ?? ""}`,
    );
    expect(relations).toEqual([
      "attack Shops need parking lots or → equivalence-class Cities should replace parking minimums",
      "undercut Shoup has campaigned against minimums → inference ",
    ]);
    const summary = argdownSummary(response);
    expect(summary).toEqual(mapSummary(EXCHANGE_MAP));
    expect(summary.undercuts).toEqual([
      "Shoup has campaigned against minimums for decades, so he is not a neutral source. ⟂ " +
        "(Donald Shoup, a planning professor, says that minimums subsidise driving. ⇒ " +
        "Cities should replace parking minimums with parking maximums.)",
    ]);
    expect(response.statements!["Shops need parking lots or"].data).toEqual({
      kind: "objection",
      annotation: "6f1c0b1e-2a3b-4c5d-8e9f-0a1b2c3d4e06",
      position: { x: 420, y: -20.5 },
    });
  });

  it("titles statements by their first words, uniquely, never by a name Object.prototype has", () => {
    const node = (id: string, text: string): MapNode => ({
      id,
      annotationId: null,
      kind: "statement",
      text,
      position: null,
    });
    const graph = {
      nodes: [node("a", "Taxes — rise!"), node("b", "Taxes rise."), node("c", "?!"), node("d", "toString")],
    };
    const titles = toArgdown({ ...graph, arguments: [], attacks: [] }).match(/^\[[^\]]+\]/gm);
    expect(titles).toEqual(["[Taxes rise]", "[Taxes rise 2]", "[Statement]", "[toString 2]"]);
  });

  it("writes each inference rule as the scheme reads back, and data only for what the rule cannot say", () => {
    const graph: MapGraph = {
      nodes: [
        freeNode("a", "statement", "Alpha\n"),
        freeNode("b", "statement", "Beta"),
        freeNode("c", "statement", "Gamma"),
      ],
      arguments: [
        { ...support("named", ["b"], "a"), scheme: "expert-opinion" },
        { ...support("blank", ["c"], "a"), scheme: "" },
        { ...support("padded", ["b", "c"], "a"), scheme: " padded\nrule " },
      ],
      attacks: [],
    };
    expect(toArgdown(graph)).toBe(
      [
        '[Alpha]: Alpha {text: "Alpha\\n"}',
        "",
        "[Beta]: Beta",
        "",
        "[Gamma]: Gamma",
        "",
        "<Argument 1>",
        "",
        "(1) [Beta]",
        "-- Argument from Expert Opinion --",
        "(2) [Alpha]",
        "",
        "<Argument 2>",
        "",
        "(1) [Gamma]",
        '-- {scheme: ""} --',
        "(2) [Alpha]",
        "",
        "<Argument 3>",
        "",
        "(1) [Beta]",
        "(2) [Gamma]",
        '-- padded rule {scheme: " padded\\nrule "} --',
        "(3) [Alpha]",
        "",
      ].join("\n"),
    );
  });

  it("gives consecutive attacks by one statement one paragraph, and starts a new one when the attacker changes", () => {
    const graph: MapGraph = {
      nodes: [
        freeNode("a", "statement", "Alpha"),
        freeNode("b", "statement", "Beta"),
        freeNode("c", "statement", "Gamma"),
      ],
      arguments: [support("s", ["b"], "a")],
      attacks: [
        { id: "x1", attackerId: "c", target: { nodeId: "a" } },
        { id: "x2", attackerId: "c", target: { argumentId: "s" } },
        { id: "x3", attackerId: "b", target: { nodeId: "c" } },
        { id: "x4", attackerId: "c", target: { nodeId: "b" } },
      ],
    };
    const paragraphs = toArgdown(graph).trimEnd().split("\n\n");
    expect(paragraphs.slice(-3)).toEqual([
      "[Gamma]\n  -> [Alpha]\n  _> <Argument 1>",
      "[Beta]\n  -> [Gamma]",
      "[Gamma]\n  -> [Beta]",
    ]);
  });

  it("refuses a graph that refers to a statement or argument it does not contain", () => {
    const nodes = [freeNode("a"), freeNode("b")];
    expect(() => toArgdown({ nodes, arguments: [support("s", ["b"], "gone")], attacks: [] })).toThrow(
      "toArgdown: the graph refers to gone, which it does not contain",
    );
    const undercut = { id: "x", attackerId: "a", target: { argumentId: "missing" } };
    expect(() => toArgdown({ nodes, arguments: [], attacks: [undercut] })).toThrow(
      "toArgdown: the graph refers to missing, which it does not contain",
    );
  });

  it("keeps '===' in a title from ending the front matter", () => {
    const text = toArgdown(EXCHANGE_MAP, { title: "a === b\nc" });
    expect(runArgdown(text).frontMatter).toEqual({ title: "a === b\nc" });
  });

  it("exports an empty map as front matter alone, which reads back as an empty map", () => {
    const empty = { nodes: [], arguments: [], attacks: [] };
    expect(toArgdown(empty)).toBe("");
    expect(toArgdown(empty, { title: "t" })).toBe('===\ntitle: "t"\n===\n');
    expect(fromArgdown(toArgdown(empty, { title: "t" }))).toEqual(empty);
  });
});

describe("toArgdown writes Argdown's relations to and from arguments back as Argdown wrote them", () => {
  const node = (id: string, text: string, extra: object = {}) => ({
    id,
    annotationId: null,
    kind: "statement" as const,
    text,
    position: null,
    ...extra,
  });
  const graph: MapGraph = {
    nodes: [node("g", "a gist", { argument: true }), node("p", "p"), node("c", "c #t"), node("d", "d"), node("e", "e")],
    arguments: [
      { id: "s1", premiseIds: ["p"], conclusionId: "c", scheme: null, answers: {}, reconstruction: "Two steps" },
      { id: "s2", premiseIds: ["c", "d"], conclusionId: "e", scheme: null, answers: {}, reconstruction: "Two steps" },
      { id: "b", premiseIds: ["g"], conclusionId: "c", scheme: null, answers: {}, bare: true },
    ],
    attacks: [
      { id: "x1", attackerId: "d", target: { argumentId: "s2" }, relation: "attack" },
      { id: "x2", attackerId: "p", target: { nodeId: "g" }, relation: "undercut" },
      { id: "x3", attackerId: "d", target: { nodeId: "e" }, relation: "contradictory" },
      { id: "x4", attackerId: "e", target: { nodeId: "d" }, relation: "contradictory" },
      { id: "x5", attackerId: "e", target: { argumentId: "s1" } },
    ],
    argumentSupports: [{ id: "u", premiseId: "p", argumentId: "s2" }],
    argdown: {
      frontMatter: { author: "A", model: { mode: "strict" }, list: [1, true] },
      data: { g: { color: "red" }, s1: { source: "P1" } },
      tags: { c: ["t"], s1: ["pro"] },
      descriptions: { s1: "described" },
    },
  };

  it("as gist arguments, bare supports, multi-step structures, kinds of attack, front matter, data and tags", () => {
    const text = toArgdown(graph, { title: "Mine" });
    expect(text).toContain('===\nauthor: "A"\nmodel: {mode: "strict"}\nlist: [1, true]\ntitle: "Mine"\n===');
    expect(text).toContain('<a gist>: a gist {color: "red"}');
    expect(text).toContain("[c t]: c #t");
    expect(text).toContain('<Two steps>: described #(pro) {source: "P1"}');
    expect(text).toContain("(1) [p]\n----\n  <_ [e]\n(2) [c t]\n(3) [d]\n----\n(4) [e]");
    expect(text).toContain("<a gist>\n  +> [c t]");
    expect(text).toContain("[p]\n  +> <Two steps>");
    expect(text).toContain("[d]\n  -> <Two steps>");
    expect(text).toContain("[p]\n  _> <a gist>");
    expect(text).toContain("[d]\n  >< [e]");
    expect(text).not.toContain("Argument 1");
    const model = runArgdown(text);
    expect(model.parserErrors).toEqual([]);
    expect((model.relations ?? []).map((relation) => relation.relationType).sort()).toEqual([
      "attack",
      "contradictory",
      "support",
      "support",
      "undercut",
      "undercut",
    ]);
  });

  it("reads back as the same map", () => {
    const back = fromArgdown(toArgdown(graph));
    expect(back.nodes.map((n) => [n.text, n.argument])).toEqual(graph.nodes.map((n) => [n.text, n.argument]));
    expect(back.attacks.map((attack) => String(attack.relation)).sort()).toEqual([
      "attack",
      "contradictory",
      "contradictory",
      "undefined",
      "undercut",
    ]);
    expect(back.arguments.map((argument) => [argument.reconstruction, argument.bare])).toEqual([
      ["Two steps", undefined],
      ["Two steps", undefined],
      [undefined, true],
    ]);
    expect(back.argumentSupports).toHaveLength(1);
    expect(back.argdown?.frontMatter).toEqual(graph.argdown?.frontMatter);
  });
});
