import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import { ArgdownImportError } from "@/lib/argument/formats/argdown-import-error";
import { ZMapGraph, type MapNode } from "@/lib/validation/argument-map";

const CONGESTION = readFileSync(
  path.resolve(import.meta.dirname, "../../../fixtures/argument/congestion.argdown"),
  "utf8",
);

const statement = (id: string, text: string, kind: MapNode["kind"] = "statement"): MapNode => ({
  id,
  annotationId: null,
  kind,
  text,
  position: null,
});

function importError(source: string): ArgdownImportError {
  try {
    fromArgdown(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ArgdownImportError);
    return error as ArgdownImportError;
  }
  throw new Error("fromArgdown accepted it");
}

describe("fromArgdown", () => {
  it("reads plain Argdown: statements, premise–conclusion structures, relations, inference rules", () => {
    const graph = fromArgdown(CONGESTION);
    expect(ZMapGraph.parse(graph)).toEqual(graph);
    expect(graph.nodes).toEqual([
      statement("n1", "The charge should be kept. #policy"),
      statement("n2", "Charging drivers is fair."),
      statement("n3", "Drivers should pay for the road space they use."),
      statement("n4", "Roads are already paid for by fuel taxes.", "objection"),
      statement("n5", "Roads should be free to use."),
      statement(
        "n6",
        "The Transport for London report says that congestion charges cut traffic by a third.",
        "evidence",
      ),
      statement("n7", "TfL designed the scheme, so its report is hardly neutral."),
      statement("n8", "Congestion charges cut traffic in London by a third."),
      statement("n9", "Less traffic means cleaner air."),
      statement("n10", "The charge cleans London's air."),
      statement("n11", "Traffic crept back within a decade."),
      statement("n12", "Cost"), // referenced, never defined: the title stands in
      { ...statement("n13", "Shops lose customers when driving costs more."), argument: true }, // an argument by its gist
    ]);
    expect(graph.arguments).toEqual([
      // "+ [Pay]" under [Fair]
      { id: "a1", conclusionId: "n2", premiseIds: ["n3"], scheme: null, answers: {}, bare: true },
      // <Traffic>, a two-step structure: (1) ⇒ (2), then (2) and (3) ⇒ (4)
      {
        id: "a2",
        conclusionId: "n8",
        premiseIds: ["n6"],
        scheme: "expert-opinion",
        answers: { "1": "open" },
        reconstruction: "Traffic",
      },
      { id: "a3", conclusionId: "n10", premiseIds: ["n8", "n9"], scheme: null, answers: {}, reconstruction: "Traffic" },
      // "+> [Keep]" under (4): the conclusion supports it
      { id: "a4", conclusionId: "n1", premiseIds: ["n10"], scheme: null, answers: {}, bare: true },
      // <Linked>: two premises together
      { id: "a5", conclusionId: "n1", premiseIds: ["n8", "n2"], scheme: "Practical Reasoning", answers: {} },
    ]);
    expect(graph.attacks).toEqual([
      { id: "x1", attackerId: "n4", target: { nodeId: "n2" } }, // "-" under [Fair]
      { id: "x2", attackerId: "n2", target: { nodeId: "n5" }, relation: "contradictory" }, // "><": both ways
      { id: "x3", attackerId: "n5", target: { nodeId: "n2" }, relation: "contradictory" },
      { id: "x4", attackerId: "n7", target: { argumentId: "a2" } }, // "<_" under the inference
      { id: "x5", attackerId: "n11", target: { nodeId: "n8" } },
      { id: "x6", attackerId: "n11", target: { argumentId: "a5" } }, // "_> <Linked>"
      { id: "x7", attackerId: "n12", target: { nodeId: "n1" } }, // "<-" under [Keep]
      { id: "x8", attackerId: "n13", target: { nodeId: "n1" } },
    ]);
    // The front matter, the tags and a reconstructed argument's description are kept for the Argdown export.
    expect(graph.argdown).toEqual({
      frontMatter: { author: "A. Student" }, // the title becomes the map's
      data: {},
      tags: { n1: ["policy"] },
      descriptions: { a2: "The charge cut traffic, and so cleaned the air." },
    });
  });

  it("keeps data keys Warrant does not read, by node and by argument", () => {
    const graph = fromArgdown("[A]: a {color: red, kind: claim}\n\n<R> {source: P1}\n\n(1) [A]\n----\n(2) [B]: b\n");
    expect(graph.nodes[0].kind).toBe("claim");
    expect(graph.argdown?.data).toEqual({ n1: { color: "red" }, a1: { source: "P1" } });
  });

  it("keeps the source's order where Argdown's model would not (numeric titles come first in its objects)", () => {
    const graph = fromArgdown(
      "[Apples]: apples\n\n[2020]: the year\n\n<B>\n\n(1) [2020]\n----\n(2) [Apples]\n\n<1>\n\n(1) [Apples]\n----\n(2) [2020]\n",
    );
    expect(graph.nodes.map((node) => node.text)).toEqual(["apples", "the year"]);
    expect(graph.arguments.map((argument) => argument.premiseIds)).toEqual([["n2"], ["n1"]]);
  });

  it("uses an inference's `uses` data and the exact text and scheme data", () => {
    const graph = fromArgdown(
      '(1) [A]: a\n(2) [B]: b {text: "b\\nover two lines"}\n(3) [C]: c\n-- Rule {uses: [1, 3], scheme: "my-id"} --\n(4) [D]: d\n',
    );
    expect(graph.nodes[1].text).toBe("b\nover two lines");
    expect(graph.arguments).toEqual([
      { id: "a1", conclusionId: "n4", premiseIds: ["n1", "n3"], scheme: "my-id", answers: {} },
    ]);
  });

  it("reads an argument without structure as an argument node: its description, or its title without one", () => {
    const graph = fromArgdown("<A>: a\n  +> [B]: b\n\n<C>\n  +> [B]\n  - [D]: d\n");
    expect(graph.nodes).toEqual([
      { ...statement("n1", "a"), argument: true },
      statement("n2", "b"),
      { ...statement("n3", "C"), argument: true },
      statement("n4", "d"),
    ]);
    expect(graph.arguments).toEqual([
      { id: "a1", conclusionId: "n2", premiseIds: ["n1"], scheme: null, answers: {}, bare: true },
      { id: "a2", conclusionId: "n2", premiseIds: ["n3"], scheme: null, answers: {}, bare: true },
    ]);
    expect(graph.attacks).toEqual([{ id: "x1", attackerId: "n4", target: { nodeId: "n3" } }]);
  });

  it("reads an undercut of a gist argument or a statement as an attack marked undercut", () => {
    const graph = fromArgdown("<A>: a\n  _> <B>: b\n  _> [S]: s\n");
    expect(graph.attacks).toEqual([
      { id: "x1", attackerId: "n1", target: { nodeId: "n2" }, relation: "undercut" },
      { id: "x2", attackerId: "n1", target: { nodeId: "n3" }, relation: "undercut" },
    ]);
  });

  it("reads a support of a whole reconstructed argument as a support of its last inference", () => {
    const graph = fromArgdown("[A]: a\n  +> <Arg>\n\n<Arg>\n\n(1) [B]: b\n----\n(2) [C]: c\n");
    expect(graph.arguments).toEqual([{ id: "a1", conclusionId: "n3", premiseIds: ["n2"], scheme: null, answers: {} }]);
    expect(graph.argumentSupports).toEqual([{ id: "s1", premiseId: "n1", argumentId: "a1" }]);
  });

  it("reads an attack on a reconstructed argument as an attack on its last inference, marked attack", () => {
    const graph = fromArgdown("[X]: x\n  -> <Arg>\n\n<Arg>\n\n(1) [P]: p\n----\n(2) [Q]: q\n----\n(3) [C]: c\n");
    expect(graph.arguments.map(({ id, premiseIds, conclusionId }) => [id, premiseIds, conclusionId])).toEqual([
      ["a1", ["n2"], "n3"],
      ["a2", ["n3"], "n4"],
    ]);
    expect(graph.arguments.map((argument) => argument.reconstruction)).toEqual(["Arg", "Arg"]);
    expect(graph.attacks).toEqual([{ id: "x1", attackerId: "n1", target: { argumentId: "a2" }, relation: "attack" }]);
  });

  it("joins an inference's several rules into one scheme label", () => {
    const graph = fromArgdown("(1) [P]: p\n-- Rule one, Rule two --\n(2) [C]: c\n");
    expect(graph.arguments[0].scheme).toBe("Rule one, Rule two");
  });

  it("trims the exact text data, and takes a text of 5,000 characters", () => {
    expect(fromArgdown('[A]: a {text: "  padded  "}').nodes[0].text).toBe("padded");
    expect(fromArgdown(`[A]: ${"x".repeat(5000)}`).nodes[0].text).toHaveLength(5000);
  });

  it("reads an empty document or front matter alone as an empty map", () => {
    const empty = { nodes: [], arguments: [], attacks: [] };
    expect(fromArgdown("")).toEqual(empty);
    expect(fromArgdown("  \n\n")).toEqual(empty);
    expect(fromArgdown("===\ntitle: nothing yet\n===\n")).toEqual(empty);
  });
});

describe("fromArgdown refuses, with the line", () => {
  it.each([
    ["an unclosed statement title", "[Unclosed: text", 1, /^"\[" opens a title that is never closed/],
    ["an unclosed argument title", "[A]: a\n\n<Unclosed: text", 3, /^"<" opens a title that is never closed/],
    [
      "a relation to nothing",
      "[A]: text\n  +>\n",
      2,
      '"+>" relates to nothing: write a statement, [Title] or <Title> after it',
    ],
    ["a relation to nothing at the end", "[A]: text\n  -", 2, /^Missing relation content\./],
    ["a structure without inference", "(1) A\n(2) B\n", 2, /^Missing inference\./],
    ["a paragraph starting with a relation", "[A]: a\n\n  -> [B]\n", 3, /^Invalid paragraph start\./],
    ["an unclosed bold range", "[A]: a **bold\n", 1, /^Incomplete bold text range\./],
    [
      "a kind Warrant does not have",
      '[A]: a {kind: "banana"}',
      1,
      /^statement \[A\]: kind must be one of: claim, premise/,
    ],
    ["an annotation that is not a UUID", '[A]: a {annotation: "x"}', 1, "statement [A]: annotation must be a UUID"],
    ["data that is not YAML", "[A]: a\n\n[B]: b {x: [1, }", 3, /^this data is not valid YAML: /],
    ["front matter that is not YAML", "===\ntitle: [\n===\n\n[A]: a", 1, /^the front matter is not valid YAML: /],
    ["a lone backslash", "[A]: a\n\n[B]: b \\\n\n[C]: c", 3, 'a "\\" must be followed by the character it escapes'],
    ["a statement supporting itself", "[A]: a\n  + [A]", 2, "a statement cannot support itself"],
    [
      "a structure concluding its premise",
      "(1) [A]: a\n----\n(2) [A]\n",
      2,
      "<Untitled 1> has [A] as both premise and conclusion",
    ],
    [
      "`uses` past the conclusion",
      "(1) [A]: a\n-- {uses: [2]} --\n(2) [B]: b\n",
      2,
      "<Untitled 1> uses a premise at or after its conclusion",
    ],
    [
      "an answer that is not an answer",
      '(1) [A]: a\n-- {answers: {"0": "maybe"}} --\n(2) [B]: b\n',
      2,
      /^the inference of <Untitled 1>: /,
    ],
    [
      "argument data Warrant does not have",
      '[B]: b\n\n<A>: a {kind: "banana"}',
      3,
      /^argument <A>: kind must be one of: claim, premise/,
    ],
    ["an exact text that is blank", '[A]: a {text: "  "}\n\n[B]: b\n  - [A]\n', 1, "statement [A] has no text"],
    [
      "`uses` naming its own conclusion",
      "(1) [A]: a\n-- {uses: [1, 2]} --\n(2) [B]: b\n",
      2,
      "<Untitled 1> uses a premise at or after its conclusion",
    ],
    [
      "a statement over 5,000 characters",
      `[A]: ${"x".repeat(5001)}`,
      1,
      "statement [A] is longer than 5000 characters",
    ],
  ])("%s", (_name, source, line, message) => {
    const error = importError(source);
    expect(error.line).toBe(line);
    if (typeof message === "string") expect(error.reason).toBe(message);
    else expect(error.reason).toMatch(message);
    expect(error.message).toBe(`line ${line}: ${error.reason}`);
  });

  it("refuses, without a line, a map Warrant would not hold: a statement attacking itself", () => {
    const error = importError("[A]: a\n  -> [A]\n");
    expect(error.name).toBe("ArgdownImportError");
    expect(error.line).toBeNull();
    expect(error.message).toBe(
      "The map in this Argdown is not valid: attacks.0.target.nodeId: a statement cannot attack itself",
    );
  });

  it("gives @argdown/core's model errors without a line", () => {
    const error = importError("<A>\n\n(1) a\n----\n(2) b\n\n<A>\n\n(1) c\n----\n(2) d\n");
    expect(error.line).toBeNull();
    expect(error.message).toMatch(/Multiple premise-conclusion-structures assigned to argument <A>/);
  });
});
