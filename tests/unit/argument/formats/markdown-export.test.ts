import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { toMarkdownOutline } from "@/lib/argument/formats/markdown-export";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";
import { LIBERTY_MAP, QUOTES } from "@/tests/fixtures/argument/liberty-map";

const outline = (graph: MapGraph) => toMarkdownOutline(graph, { title: "T", quotes: new Map() });

describe("toMarkdownOutline", () => {
  it("outlines the fixture: linked and convergent reasons, scheme, undercut, rebuttal, quotes, cycle", () => {
    expect(toMarkdownOutline(LIBERTY_MAP, { title: "On Liberty", quotes: QUOTES })).toBe(
      [
        "# On Liberty",
        "",
        "## Society may coerce an individual only to prevent harm to others.",
        "",
        "> the only purpose for which power can be rightfully exercised",
        "> over any member of a civilised community",
        "",
        "+ together:",
        "  + Each person is the best judge of their own interests.",
        "  + Coercion for a person's own good overrides their judgment.",
        "+ Mill, a leading authority on liberty, says power may only be used to prevent harm. _(Argument from Expert Opinion)_",
        "  > That principle is, that the sole end for which mankind are warranted",
        "  - undercuts the inference: Mill wrote as a philosopher, not as an expert in public health.",
        "    > Mill wrote as a philosopher",
        '- Some "self-regarding" acts harm families & \\<dependants> too.',
        "  > \\*no\\* person is an entirely isolated being",
        "",
        "## Offence alone is not harm.",
        "",
        "## Seat-belt laws have saved many lives.",
        "",
        "## Free discussion leads to truth.",
        "",
        "> the clearer perception and livelier impression of truth",
        "",
        "+ Truth emerges only where discussion is free.",
        "  + Free discussion leads to truth. (circular)",
        "",
      ].join("\n"),
    );
  });

  it("renders as Markdown: a heading per conclusion, reasons and objections as nested lists", () => {
    const html = new MarkdownIt().render(toMarkdownOutline(LIBERTY_MAP, { title: "On Liberty", quotes: QUOTES }));
    expect(html.match(/<h2>/g)).toHaveLength(4);
    expect(html).toContain("<li>together:\n<ul>\n<li>Each person is the best judge of their own interests.</li>");
    expect(html).toMatch(
      /<li>undercuts the inference: Mill wrote as a philosopher, not as an expert in public health\.\n<blockquote>/,
    );
    expect(html).toContain("<li>Some &quot;self-regarding&quot; acts harm families &amp; &lt;dependants&gt; too.");
  });

  it("escapes Markdown and HTML in statements so nothing is injected", () => {
    const graph: MapGraph = {
      nodes: [
        freeNode("c", "claim", "# <script>alert(1)</script> *bold* [link](x) &amp; `code`"),
        freeNode("p", "premise", "1. not a list - 2) nor this"),
        freeNode("o", "objection", "> not a quote"),
      ],
      arguments: [support("s", ["p"], "c")],
      attacks: [{ id: "t", attackerId: "o", target: { nodeId: "c" } }],
    };
    const markdown = outline(graph);
    expect(markdown).toContain("## \\# \\<script>alert(1)\\</script> \\*bold\\* \\[link\\](x) \\&amp; \\`code\\`\n");
    expect(markdown).toContain("+ 1\\. not a list - 2) nor this\n");
    expect(markdown).toContain("- \\> not a quote\n");
    const html = new MarkdownIt({ html: true }).render(markdown);
    expect(html).not.toMatch(/<script|<em>|<a |<code>|<blockquote>|<ol>/);
    expect(html).toContain("<h2># &lt;script&gt;alert(1)&lt;/script&gt; *bold* [link](x) &amp;amp; `code`</h2>");
  });

  it("escapes a number of several digits that would start an ordered list", () => {
    const graph: MapGraph = { nodes: [freeNode("c", "claim", "12. Angry Men")], arguments: [], attacks: [] };
    expect(outline(graph)).toBe("# T\n\n## 12\\. Angry Men\n");
  });

  it("leaves out an argument whose premises are all missing and an attack by a missing statement (a graph mid-edit)", () => {
    const graph: MapGraph = {
      nodes: [freeNode("c", "premise", "C.")],
      arguments: [support("s", ["gone"], "c")],
      attacks: [{ id: "t", attackerId: "gone", target: { nodeId: "c" } }],
    };
    expect(outline(graph)).toBe("# T\n\n## C.\n");
  });

  it("quotes a passage line by line, trimmed, with blank lines kept as bare '>' and any line break style", () => {
    const graph: MapGraph = {
      nodes: [{ ...freeNode("c", "claim", "C."), annotationId: "q" }],
      arguments: [],
      attacks: [],
    };
    const quoted = (quote: string) => toMarkdownOutline(graph, { title: "T", quotes: new Map([["q", quote]]) });
    expect(quoted("\n  first *one*\r\n\n   \rlast  \n")).toBe(
      ["# T", "", "## C.", "", "> first \\*one\\*", ">", ">", "> last", ""].join("\n"),
    );
    expect(quoted(" \n\t ")).toBe("# T\n\n## C.\n");
    expect(quoted("C.")).toBe("# T\n\n## C.\n");
  });

  it("names a scheme outside the catalogue as it is, and nests an undercut of a linked argument under it", () => {
    const graph: MapGraph = {
      nodes: [freeNode("c", "claim", "C."), freeNode("p", "premise", "P."), freeNode("q", "premise", "Q.")],
      arguments: [{ ...support("s", ["p"], "c"), scheme: "My *rule*" }, support("l", ["p", "q"], "c")],
      attacks: [{ id: "u", attackerId: "q", target: { argumentId: "l" } }],
    };
    expect(outline(graph)).toBe(
      [
        "# T",
        "",
        "## C.",
        "",
        "+ P. _(My \\*rule\\*)_",
        "+ together:",
        "  + P. (see above)",
        "  + Q.",
        "  - undercuts the inference: Q. (see above)",
        "",
      ].join("\n"),
    );
  });

  it("lists the reasons and objections under a reason in map order", () => {
    const graph: MapGraph = {
      nodes: [
        freeNode("c", "claim", "C."),
        freeNode("p", "premise", "P."),
        freeNode("q1", "premise", "Q1."),
        freeNode("q2", "premise", "Q2."),
        freeNode("o", "objection", "O."),
      ],
      arguments: [support("s", ["p"], "c"), support("t1", ["q1"], "p"), support("t2", ["q2"], "p")],
      attacks: [{ id: "x", attackerId: "o", target: { nodeId: "p" } }],
    };
    expect(outline(graph)).toBe(["# T", "", "## C.", "", "+ P.", "  + Q1.", "  + Q2.", "  - O.", ""].join("\n"));
  });

  it("heads a statement that is only attacked as a conclusion, before statements nothing reaches", () => {
    const graph: MapGraph = {
      nodes: [freeNode("n", "note", "Note."), freeNode("p", "premise", "P."), freeNode("o", "objection", "O.")],
      arguments: [],
      attacks: [{ id: "x", attackerId: "o", target: { nodeId: "p" } }],
    };
    expect(outline(graph)).toBe(["# T", "", "## P.", "", "- O.", "", "## Note.", ""].join("\n"));
  });

  it("marks a reason that leads back to a statement being expanded as (circular)", () => {
    const graph: MapGraph = {
      nodes: [freeNode("a", "claim", "A."), freeNode("b", "claim", "B."), freeNode("shared", "premise", "Shared.")],
      arguments: [support("x", ["shared"], "a"), support("y", ["shared"], "b"), support("z", ["a"], "shared")],
      attacks: [],
    };
    expect(outline(graph)).toBe(
      ["# T", "", "## B.", "", "+ Shared.", "  + A.", "    + Shared. (circular)", ""].join("\n"),
    );
  });

  it("terminates on a cycle nothing leads into, listing it from its first statement", () => {
    const graph: MapGraph = {
      nodes: [freeNode("a", "premise", "A."), freeNode("b", "premise", "B."), freeNode("c", "premise", "C.")],
      arguments: [support("ab", ["a"], "b"), support("bc", ["b"], "c"), support("ca", ["c"], "a")],
      attacks: [],
    };
    expect(outline(graph)).toBe(["# T", "", "## A.", "", "+ C.", "  + B.", "    + A. (circular)", ""].join("\n"));
  });

  it("lists a statement reached twice in full once, then as (see above)", () => {
    const graph: MapGraph = {
      nodes: [freeNode("c", "claim", "C."), freeNode("p", "premise", "P."), freeNode("q", "premise", "Q.")],
      arguments: [support("s1", ["p"], "c"), support("s2", ["p", "q"], "c"), support("s3", ["q"], "p")],
      attacks: [],
    };
    expect(outline(graph)).toBe(
      ["# T", "", "## C.", "", "+ P.", "  + Q.", "+ together:", "  + P. (see above)", "  + Q. (see above)", ""].join(
        "\n",
      ),
    );
  });

  it("handles a chain of 5,000 reasons without overflowing the stack", () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => freeNode(`n${i}`, i === 0 ? "claim" : "premise", `S${i}.`));
    const args = nodes.slice(1).map((node, i) => support(`a${i}`, [node.id], `n${i}`));
    const lines = outline({ nodes, arguments: args, attacks: [] }).split("\n");
    expect(lines).toHaveLength(5000 + 4);
    expect(lines.at(-2)).toBe(`${"  ".repeat(4998)}+ S4999.`);
  });
});
