import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_DEPTH, TOO_DEEP } from "../../../lib/editor/document-depth";
import { EMPTY_INPUT, ImportError, NOTHING_TO_READ } from "../../../lib/editor/import-error";
import { importMarkdown } from "../../../lib/editor/import-markdown";
import { nodesOfType, outline } from "./outline";

function linkHrefs(markdown: string): (string | null)[] {
  const { doc } = importMarkdown(markdown);
  return nodesOfType(doc.child(1), "text").map((text) => {
    const link = text.marks.find((mark) => mark.type.name === "link");
    return link ? String(link.attrs.href) : null;
  });
}

describe("importMarkdown", () => {
  it("maps headings, lists, quotes, rules and code blocks", () => {
    const markdown = [
      "# The Title",
      "Intro.",
      "# One",
      "## Two",
      "### Three",
      "#### Four",
      "- a\n- b",
      "3. c\n4. d",
      "> quoted",
      "---",
      "```js\nconst a = 1;\n  indented();\n```",
      "    four-space code",
    ].join("\n\n");
    const { title, doc } = importMarkdown(markdown);
    expect(title).toBe("The Title");
    expect(outline(doc)).toEqual([
      "title: The Title",
      "p: Intro.",
      "h1: One",
      "h2: Two",
      "h3: Three",
      "h3: Four",
      "ul: a | b",
      "ol(3): c | d",
      "quote: quoted",
      "horizontal_rule",
      "pre: const a = 1;\n  indented();",
      "pre: four-space code",
    ]);
  });

  it("maps emphasis, strong, inline code and hard breaks", () => {
    const { doc } = importMarkdown("Some *em*, **strong** and `code`,  \nthen a break.");
    const paragraph = doc.child(1);
    const runs: string[] = [];
    paragraph.forEach((node) =>
      runs.push(`${node.marks.map((mark) => mark.type.name).join("+")}:${node.text ?? node.type.name}`),
    );
    expect(runs).toEqual([
      ":Some ",
      "em:em",
      ":, ",
      "strong:strong",
      ": and ",
      "code:code",
      ":,",
      ":hard_break",
      ":then a break.",
    ]);
  });

  it("keeps safe links and turns unsafe ones into their plain label", () => {
    const markdown =
      "[web](https://example.com/a?b=1) [mail](mailto:a@example.com) [rel](/docs/x#y) [frag](#top) " +
      "[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(1)) [data](data:text/html,<b>x</b>) <javascript:alert(2)>";
    expect(linkHrefs(markdown)).toEqual([
      "https://example.com/a?b=1",
      null,
      "mailto:a@example.com",
      null,
      "/docs/x#y",
      null,
      "#top",
      null,
    ]);
    const { doc } = importMarkdown(markdown);
    expect(doc.textContent).toContain("js JS data javascript:alert(2)");
    expect(JSON.stringify(doc.toJSON())).not.toMatch(/"href":"(javascript|data)/iu);
  });

  it("does not turn raw HTML into markup", () => {
    const { doc } = importMarkdown(
      'Intro.\n\n<script>alert(1)</script>\n\nText <b>bold</b> and <a href="https://x.test">a</a>.',
    );
    expect(outline(doc)).toEqual([
      "title: Untitled",
      "p: Intro.",
      "p: <script>alert(1)</script>",
      'p: Text <b>bold</b> and <a href="https://x.test">a</a>.',
    ]);
    expect(nodesOfType(doc, "text").every((text) => text.marks.length === 0)).toBe(true);
  });

  it("leaves bare URLs, quotes and dashes as typed", () => {
    const typed = '"Quoted" -- (c) www.example.com and https://example.com/x';
    const { doc } = importMarkdown(typed);
    expect(outline(doc)).toEqual(["title: Untitled", `p: ${typed}`]);
    expect(nodesOfType(doc, "text").every((text) => text.marks.length === 0)).toBe(true);
  });

  it("reads quotes nested to the deepest a document may be, and refuses one level more", () => {
    const nested = (levels: number) => `Intro.\n\n${"> ".repeat(levels)}deep\n`;
    // The doc is depth 0, so MAX_DOCUMENT_DEPTH - 1 quotes put the paragraph at the limit.
    expect(importMarkdown(nested(MAX_DOCUMENT_DEPTH - 1)).doc.textContent).toBe("UntitledIntro.deep");
    expect(() => importMarkdown(nested(MAX_DOCUMENT_DEPTH))).toThrow(TOO_DEEP);
  });

  it("drops images and their alt text", () => {
    expect(outline(importMarkdown("Look ![a chart](chart.png) here.").doc)).toEqual([
      "title: Untitled",
      "p: Look  here.",
    ]);
  });

  it("takes a leading # heading as the title, once, with its marks dropped", () => {
    const { title, doc } = importMarkdown("# A *Marked* Title\n\nBody.");
    expect(title).toBe("A Marked Title");
    expect(outline(doc)).toEqual(["title: A Marked Title", "p: Body."]);
  });

  it("does not take a leading ## heading as the title", () => {
    expect(outline(importMarkdown("## Section\n\nBody.").doc)).toEqual(["title: Untitled", "h2: Section", "p: Body."]);
  });

  it("uses a given title, dropping a leading # heading only when it repeats it", () => {
    expect(outline(importMarkdown("# Same\n\nBody.", { title: "Same" }).doc)).toEqual(["title: Same", "p: Body."]);
    expect(outline(importMarkdown("# Other\n\nBody.", { title: "Given" }).doc)).toEqual([
      "title: Given",
      "h1: Other",
      "p: Body.",
    ]);
  });

  it("compares a leading # heading with the given title with its whitespace collapsed", () => {
    // A code span keeps its inner spaces, one space trimmed at each end.
    const markdown = "# `  Spaced   Code  `\n\nBody.";
    expect(importMarkdown(markdown).title).toBe("Spaced Code");
    expect(outline(importMarkdown(markdown, { title: "Spaced Code" }).doc)).toEqual(["title: Spaced Code", "p: Body."]);
  });

  it("throws ImportError on empty input and on input with nothing to read", () => {
    expect(() => importMarkdown("")).toThrow(ImportError);
    expect(() => importMarkdown(" \n\t\n")).toThrow(EMPTY_INPUT);
    expect(() => importMarkdown("![only an image](x.png)")).toThrow(NOTHING_TO_READ);
    expect(() => importMarkdown("[only]: https://example.com/a-link-definition")).toThrow(NOTHING_TO_READ);
  });

  it("produces schema-valid documents", () => {
    for (const markdown of ["- # heading in item", "1. \n2. b", "> - a\n> - b", "Text\n\n* * *", "[x]()"]) {
      expect(() => importMarkdown(markdown).doc.check()).not.toThrow();
    }
  });
});
