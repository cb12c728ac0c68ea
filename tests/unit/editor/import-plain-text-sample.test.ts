import { readFileSync } from "node:fs";
import type { Node as ProseMirrorNode } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { importPlainText } from "../../../lib/editor/import-plain-text";
import { toPlainText } from "../../../lib/editor/plain-text";
import { nodesOfType, normaliseSpace, outline } from "./outline";

// The seed article, imported as the app imports it. Every expectation
// here was read off the file by hand.
const source = readFileSync(new URL("../../../prisma/seed/asymmetry-of-patronage.txt", import.meta.url), "utf8");
const sourceLines = source.split("\n");
const TITLE = "The Asymmetry of Patronage: Quantifying the Fracture in US-Israel Strategic Alignment";

// Imported inside each test, not once for the file: an import run while
// the tests are being collected is invisible to per-test coverage, so
// mutation testing could not tell which tests exercise it.
function imported(): { title: string; doc: ProseMirrorNode; top: string[] } {
  const { title, doc } = importPlainText(source);
  return { title, doc, top: outline(doc) };
}

describe("importPlainText on the sample article", () => {
  it("is schema-valid", () => {
    const { doc } = imported();
    expect(() => doc.check()).not.toThrow();
  });

  it("takes the title from the first line, once, although the file repeats it", () => {
    const { title, doc, top } = imported();
    expect(sourceLines[0]).toBe(TITLE);
    expect(sourceLines[2]).toBe(TITLE);
    expect(title).toBe(TITLE);
    expect(top[0]).toBe(`title: ${TITLE}`);
    expect(nodesOfType(doc, "title")).toHaveLength(1);
    expect(toPlainText(doc).split(TITLE)).toHaveLength(2);
  });

  it("makes the four section headings level 1", () => {
    const { top } = imported();
    expect(top.filter((line) => line.startsWith("h1: "))).toEqual([
      "h1: The Strategic Divergence Matrix",
      "h1: Operational Mechanics of the Patron-Client Fracture",
      "h1: The Diplomatic Ceasefire and the Iran Variable",
      "h1: Expected Outcomes of the White House Summit",
    ]);
  });

  it("makes the numbered sub-headings level 2, keeping their numbers", () => {
    const { doc, top } = imported();
    expect(top.filter((line) => line.startsWith("h2: "))).toEqual([
      "h2: 1. The Iran Policy Asymmetry",
      "h2: 2. The Lebanese Escalation Cost Function",
      "h2: 3. Internal Political Vulnerability Timelines",
    ]);
    expect(nodesOfType(doc, "heading")).toHaveLength(7);
  });

  it("makes the two bullets one list with strong lead-ins and no markers", () => {
    const { doc } = imported();
    const lists = nodesOfType(doc, "bullet_list");
    expect(lists).toHaveLength(1);
    const list = lists[0];
    expect(list.childCount).toBe(2);
    const leadIns = ["The Israeli Timeline:", "The American Timeline:"];
    leadIns.forEach((leadIn, index) => {
      const paragraph = list.child(index).child(0);
      expect(paragraph.textContent.startsWith(`${leadIn} `)).toBe(true);
      expect(paragraph.textContent).not.toContain("•");
      expect(paragraph.child(0).text).toBe(leadIn);
      expect(paragraph.child(0).marks.map((mark) => mark.type.name)).toEqual(["strong"]);
      expect(paragraph.child(1).marks).toEqual([]);
    });
    expect(list.child(0).textContent).toBe(
      sourceLines.find((line) => line.includes("The Israeli Timeline:"))?.replace(/^\s*•\s/u, ""),
    );
    expect(nodesOfType(doc, "ordered_list")).toHaveLength(0);
  });

  it("keeps the diagram as one code block, character for character", () => {
    const { doc } = imported();
    const first = sourceLines.findIndex((line) => line.startsWith("+----"));
    const last = sourceLines.findLastIndex((line) => line.startsWith("+----"));
    expect(last - first).toBe(10);
    const blocks = nodesOfType(doc, "code_block");
    expect(blocks).toHaveLength(1);
    expect(blocks[0].textContent).toBe(sourceLines.slice(first, last + 1).join("\n"));
    expect(blocks[0].textContent).toContain("\n                                  v  [Strategic Leverage Policy]\n");
  });

  it("makes the closing initials, name and bio one byline at the end", () => {
    const { doc, top } = imported();
    const bylines = nodesOfType(doc, "byline");
    expect(bylines).toHaveLength(1);
    expect(doc.lastChild).toBe(bylines[0]);
    const texts: string[] = [];
    bylines[0].forEach((paragraph) => texts.push(paragraph.textContent));
    expect(texts).toEqual([
      "KF",
      "Kenji Flores",
      "Kenji Flores has built a reputation for clear, engaging writing that transforms complex subjects into stories readers can connect with and understand.",
    ]);
    expect(top.some((line) => /^(h\d|p): (KF|Kenji Flores)/u.test(line))).toBe(false);
  });

  it("makes each body paragraph one paragraph node: 15 of them", () => {
    const { top } = imported();
    const body = top.filter((line) => line.startsWith("p: "));
    expect(body).toHaveLength(15);
    expect(body[0]).toMatch(/^p: The rhetorical posturing between Washington and Jerusalem .* strain\.$/u);
    expect(body[14]).toMatch(/^p: The structural divergence regarding Iran .* coordination\.$/u);
  });

  it("has exactly this top-level structure", () => {
    const { top } = imported();
    expect(top.map((line) => line.split(":")[0])).toEqual([
      "title",
      ...["p", "p", "h1", "p", "h2", "p", "h2", "p", "h2", "p", "ul"],
      ...["h1", "p", "pre", "p", "p", "p"],
      ...["h1", "p", "p"],
      ...["h1", "p", "p", "p", "byline"],
    ]);
  });

  it("loses and duplicates no text", () => {
    const { doc } = imported();
    expect(sourceLines.slice(0, 3)).toEqual([TITLE, "", TITLE]);
    const expected = [sourceLines[0], ...sourceLines.slice(3)].join("\n").replace(/^\s*•\s/gmu, "");
    expect(normaliseSpace(toPlainText(doc))).toBe(normaliseSpace(expected));
  });
});
