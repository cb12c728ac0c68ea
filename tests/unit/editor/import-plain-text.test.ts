import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMPTY_INPUT, ImportError } from "../../../lib/editor/import-error";
import { importPlainText } from "../../../lib/editor/import-plain-text";
import { toPlainText } from "../../../lib/editor/plain-text";
import { nodesOfType, normaliseSpace, outline } from "./outline";

const fieldNotes = readFileSync(new URL("../../fixtures/editor/field-notes.txt", import.meta.url), "utf8");

// Imported inside each test, not once for the describe block: an import
// run while the tests are being collected is invisible to per-test
// coverage, so mutation testing could not tell which tests exercise it.
describe("importPlainText on a document of edge cases", () => {
  it("reads every block as the rules say", () => {
    const { title, doc } = importPlainText(fieldNotes);
    expect(title).toBe("Field Notes: “Rivers” — a Test 🌊");
    expect(outline(doc)).toEqual([
      "title: Field Notes: “Rivers” — a Test 🌊",
      "p: It’s a hard-wrapped paragraph: the lines were broken by an editor at about forty columns, and they join into one.",
      "h1: Why Rivers Matter",
      "p: Rivers carry sediment — and stories. A tab inside prose becomes a space. A line indented with a tab continues the paragraph.",
      "p: This line looks like a heading but ends with a period.",
      "h1: Steps to Follow",
      "ol(1): Walk to the bank. | Measure the flow – twice. | Write it down 👩‍👩‍👧.",
      'pre: \tif (flow > 3) {\n\t\twarn("high");\n\t}',
      "h1: Family 👨‍👩‍👧‍👦 Notes",
      "p: She said, ‘Keep going,’ and he wrote “done”.",
      "byline: By Mara Okafor-Lind",
    ]);
  });

  it("keeps emoji ZWJ sequences whole", () => {
    const { doc } = importPlainText(fieldNotes);
    expect(toPlainText(doc)).toContain("👨\u200d👩\u200d👧\u200d👦");
    expect(toPlainText(doc)).toContain("👩\u200d👩\u200d👧.");
  });

  it("loses no text but list markers", () => {
    const { doc } = importPlainText(fieldNotes);
    const expected = fieldNotes.replace(/^\d\. /gmu, "");
    expect(normaliseSpace(toPlainText(doc))).toBe(normaliseSpace(expected));
  });

  it("reads CRLF and CR line ends and a byte-order mark as LF", () => {
    const { title, doc } = importPlainText(fieldNotes);
    const crlf = importPlainText(`\uFEFF${fieldNotes.replace(/\n/gu, "\r\n")}`);
    const cr = importPlainText(fieldNotes.replace(/\n/gu, "\r"));
    expect(crlf.doc.toJSON()).toEqual(doc.toJSON());
    expect(cr.doc.toJSON()).toEqual(doc.toJSON());
    expect(crlf.title).toBe(title);
  });
});

describe("importPlainText titles", () => {
  it("makes a one-line document a title over an empty paragraph", () => {
    const { title, doc } = importPlainText("Shopping list\n");
    expect(title).toBe("Shopping list");
    expect(outline(doc)).toEqual(["title: Shopping list", "p: "]);
    expect(toPlainText(doc)).toBe("Shopping list\n\n");
  });

  it("falls back to Untitled when the first block is not title-like", () => {
    expect(outline(importPlainText("Remember the milk.").doc)).toEqual(["title: Untitled", "p: Remember the milk."]);
    const wrapped = importPlainText("the first block is prose\nwrapped over two lines\n\nShort Heading\n\nText.");
    expect(outline(wrapped.doc)).toEqual([
      "title: Untitled",
      "p: the first block is prose wrapped over two lines",
      "h1: Short Heading",
      "p: Text.",
    ]);
  });

  it("uses the given title and drops leading lines that repeat it", () => {
    const given = importPlainText("My Essay\n\nMy Essay\n\nBody text.", { title: "  My   Essay " });
    expect(given.title).toBe("My Essay");
    expect(outline(given.doc)).toEqual(["title: My Essay", "p: Body text."]);
  });

  it("keeps a different first line as body when a title is given", () => {
    const given = importPlainText("Draft Notes\n\nBody text.", { title: "Final Title" });
    expect(outline(given.doc)).toEqual(["title: Final Title", "h1: Draft Notes", "p: Body text."]);
  });

  it("detects the title when the given one is blank", () => {
    expect(importPlainText("Real Title\n\nBody.", { title: "   " }).title).toBe("Real Title");
  });
});

describe("importPlainText blocks", () => {
  it("tells numbered headings from numbered items", () => {
    const { doc } = importPlainText("T\n\n1. A Numbered Heading\n\n2) Another One\n\n1. Buy milk.\n\n2. Buy eggs.");
    expect(outline(doc)).toEqual([
      "title: T",
      "h2: 1. A Numbered Heading",
      "h2: 2) Another One",
      "ol(1): Buy milk. | Buy eggs.",
    ]);
  });

  it("keeps an ordered list's first number", () => {
    expect(outline(importPlainText("T\n\n3. three\n4. four").doc)).toEqual(["title: T", "ol(3): three | four"]);
  });

  it("merges lists split by blank lines only when their numbering runs on", () => {
    expect(outline(importPlainText("T\n\n1. a\n2. b\n\n3. c\n\n1. d\n\n3. e\n\n- x\n\n- y").doc)).toEqual([
      "title: T",
      "ol(1): a | b | c",
      "ol(1): d",
      "ol(3): e",
      "ul: x | y",
    ]);
  });

  it("starts a list inside a block after its prose lines", () => {
    expect(outline(importPlainText("T\n\nFirst line of prose\nSteps:\n1. one\n2. two").doc)).toEqual([
      "title: T",
      "p: First line of prose Steps:",
      "ol(1): one | two",
    ]);
    expect(outline(importPlainText("T\n\nProse that wraps\n- onto a dash line").doc)).toEqual([
      "title: T",
      "p: Prose that wraps - onto a dash line",
    ]);
  });

  it("nests deeper bullets, joins continuation lines and splits a lead-in paragraph", () => {
    const { doc } = importPlainText(
      "T\n\nYou need:\n- milk that is\n  fresh\n- eggs\n\n• Top\n  ◦ Sub one\n  ◦ Sub two\n• Next",
    );
    expect(outline(doc)).toEqual([
      "title: T",
      "p: You need:",
      "ul: milk that is fresh | eggs | TopSub oneSub two | Next",
    ]);
    const nested = nodesOfType(doc, "bullet_list")[1];
    expect(nested.childCount).toBe(2);
    expect(nested.textContent).toBe("Sub oneSub two");
  });

  it("marks only short capitalised lead-ins strong", () => {
    const { doc } = importPlainText(
      "T\n\n- Cost: it is high.\n- it is low: maybe\n- A label that has far too many words: no",
    );
    const strong = nodesOfType(doc, "text").filter((text) => text.marks.some((mark) => mark.type.name === "strong"));
    expect(strong.map((text) => text.text)).toEqual(["Cost:"]);
  });

  it("keeps a diagram with bare connector lines and a blank line as one code block", () => {
    const diagram = [
      "  +------+",
      "  | one  |",
      "  +------+",
      "     |",
      "     v  [next]",
      "",
      "  +------+",
      "  | two  |  ",
      "  +------+",
    ];
    const { doc } = importPlainText(["T", "", ...diagram, "", "After."].join("\n"));
    expect(outline(doc)).toEqual(["title: T", `pre: ${diagram.join("\n")}`, "p: After."]);
  });

  it("keeps a figure with a caption line as one code block, by majority of its lines", () => {
    const figure = ["+-----+-----+", "| in  | out |", "+-----+-----+", "Figure 1 shows the flow"];
    expect(outline(importPlainText(["T", "", ...figure].join("\n")).doc)).toEqual([
      "title: T",
      `pre: ${figure.join("\n")}`,
    ]);
  });

  it("reads an indented block as preformatted but indented bullets as a list", () => {
    const { doc } = importPlainText("T\n\n    x = 1\n    y = 2\n\n    - first item\n    - second item");
    expect(outline(doc)).toEqual(["title: T", "pre:     x = 1\n    y = 2", "ul: first item | second item"]);
  });

  it("keeps an initials-and-name byline without a bio, and only at the end", () => {
    expect(outline(importPlainText("T\n\nBody.\n\nA.B.\n\nAnna Berg").doc)).toEqual([
      "title: T",
      "p: Body.",
      "byline: A.B. | Anna Berg",
    ]);
    expect(outline(importPlainText("T\n\nAB\n\nAnna Berg\n\nOne.\n\nTwo.").doc)).toEqual([
      "title: T",
      "h1: AB",
      "h1: Anna Berg",
      "p: One.",
      "p: Two.",
    ]);
  });

  it("makes a trailing em-dash attribution a byline and a mid-text one a paragraph", () => {
    expect(outline(importPlainText("T\n\nBy Jane Doe\n\nBody.\n\n— Jane Doe and John Roe").doc)).toEqual([
      "title: T",
      "p: By Jane Doe",
      "p: Body.",
      "byline: — Jane Doe and John Roe",
    ]);
  });

  it("throws ImportError on empty or whitespace-only text", () => {
    for (const empty of ["", "   ", "\n\r\n\t \n", "\uFEFF"]) {
      expect(() => importPlainText(empty)).toThrow(ImportError);
      expect(() => importPlainText(empty)).toThrow(EMPTY_INPUT);
    }
  });

  it("produces schema-valid documents", () => {
    for (const text of [fieldNotes, "x", "* * *", "1. a", "KF\n\nKenji Flores", "- a\n    - b\n  - c\n- d"]) {
      expect(() => importPlainText(text).doc.check()).not.toThrow();
    }
  });
});
