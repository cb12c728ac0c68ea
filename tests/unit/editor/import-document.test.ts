import { describe, expect, it } from "vitest";
import { documentTitle, FALLBACK_TITLE, MAX_TITLE_LENGTH } from "../../../lib/editor/document-title";
import { formatFromFileName, importDocument } from "../../../lib/editor/import-document";
import type { DocumentFormat } from "../../../lib/editor/import-document";
import { EMPTY_INPUT, ImportError } from "../../../lib/editor/import-error";
import { outline } from "./outline";

describe("importDocument", () => {
  it("dispatches on the format", () => {
    const source = "# Heading\n\n*Text*";
    expect(outline(importDocument({ text: source, format: "text" }).doc)).toEqual(["title: # Heading", "p: *Text*"]);
    expect(outline(importDocument({ text: source, format: "markdown" }).doc)).toEqual(["title: Heading", "p: Text"]);
    expect(outline(importDocument({ text: "<h1>Heading</h1><p>Text</p>", format: "html" }).doc)).toEqual([
      "title: Heading",
      "p: Text",
    ]);
  });

  it("passes the title on", () => {
    for (const format of ["text", "markdown", "html"] as const) {
      expect(importDocument({ text: "Body text.", format, title: "Chosen" }).title).toBe("Chosen");
    }
  });

  it("throws ImportError with a readable message on empty input in every format", () => {
    for (const format of ["text", "markdown", "html"] as const) {
      for (const text of ["", " \n\t "]) {
        let caught: unknown = null;
        try {
          importDocument({ text, format });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(ImportError);
        expect((caught as ImportError).message).toBe(EMPTY_INPUT);
        expect((caught as ImportError).name).toBe("ImportError");
      }
    }
  });
});

describe("formatFromFileName", () => {
  it("maps known extensions without regard to case", () => {
    const cases: [string, DocumentFormat | null][] = [
      ["notes.txt", "text"],
      ["NOTES.TEXT", "text"],
      ["readme.md", "markdown"],
      ["Essay.Markdown", "markdown"],
      ["page.html", "html"],
      ["PAGE.HTM", "html"],
      ["dir.md/file.txt", "text"],
      ["C:\\docs\\essay.md", "markdown"],
      ["archive.md.zip", null],
      ["essay.pdf", null],
      ["essay", null],
      ["essay.", null],
      ["", null],
      ["file.constructor", null],
      ["  notes.txt \n", "text"],
      [".md", "markdown"],
    ];
    for (const [name, format] of cases) expect([name, formatFromFileName(name)]).toEqual([name, format]);
  });
});

describe("documentTitle", () => {
  it("collapses whitespace and falls back to Untitled", () => {
    expect(documentTitle("  A \n  title\t")).toBe("A title");
    expect(documentTitle("   ")).toBe(FALLBACK_TITLE);
    expect(documentTitle(null)).toBe("Untitled");
  });

  it("shortens long titles at a grapheme boundary", () => {
    const family = "👨\u200d👩\u200d👧\u200d👦";
    const title = documentTitle(`${"a".repeat(190)}${family.repeat(3)}`);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toBe(`${"a".repeat(190)}…`);
    expect(documentTitle("b".repeat(200))).toBe("b".repeat(200));
    expect(documentTitle("b".repeat(201))).toBe(`${"b".repeat(199)}…`);
  });

  it("drops the space a cut leaves before the ellipsis", () => {
    expect(documentTitle(`${"a".repeat(198)} ${"b".repeat(10)}`)).toBe(`${"a".repeat(198)}…`);
  });
});
