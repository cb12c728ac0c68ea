import { describe, expect, it } from "vitest";
import { documentFromJSON } from "@/lib/editor/document-from-json";
import { isJsonTooDeep, MAX_DOCUMENT_DEPTH, TOO_DEEP } from "@/lib/editor/document-depth";
import { importDocument, type DocumentFormat } from "@/lib/editor/import-document";
import { ImportError } from "@/lib/editor/import-error";
import { ZDocumentContentUpdate } from "@/lib/validation/document";

// Nesting deeper than any real document reaches is refused, by every
// importer and by a save, with a message that says so — never a stack
// overflow or a 500, and never a document too deep for jsonb to store.

const nestedHtml = (levels: number) => `${"<blockquote>".repeat(levels)}<p>deep</p>${"</blockquote>".repeat(levels)}`;
const nestedMarkdown = (levels: number) => `Title\n\n${"> ".repeat(levels)}deep\n`;
const nestedList = (levels: number) =>
  "Title\n\n" + Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n") + "\n";

/** A document's JSON with `levels` blockquotes around its one paragraph. */
function nestedJson(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { type: "paragraph", content: [{ type: "text", text: "deep" }] };
  for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [{ type: "title", content: [{ type: "text", text: "T" }] }, node] };
}

function importError(format: DocumentFormat, text: string): string | null {
  try {
    importDocument({ format, text });
    return null;
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
}

describe("nesting depth", () => {
  it.each([
    ["html", nestedHtml(500)],
    ["html", nestedHtml(100_000)],
    ["html", "<div>".repeat(200_000) + "x"],
    ["html", "<b>".repeat(5_000) + "x"],
    ["markdown", nestedMarkdown(500)],
    ["markdown", nestedList(200)],
  ] as const)("a %s import nested too deeply is refused with a message (%#)", (format, text) => {
    expect(importError(format, text)).toBe(TOO_DEEP);
  });

  it.each([
    ["html", nestedHtml(40)],
    ["markdown", nestedMarkdown(40)],
    ["markdown", nestedList(30)],
  ] as const)("a %s import nested as deep as real writing is kept whole (%#)", (format, text) => {
    const { doc } = importDocument({ format, text });
    expect(doc.textContent).toContain(format === "markdown" && text.includes("- item") ? "item 29" : "deep");
  });

  it("markdown nested past its parser's old limit of 20 keeps every level", () => {
    const { doc } = importDocument({ format: "markdown", text: nestedMarkdown(30) });
    let quotes = 0;
    doc.descendants((node) => {
      if (node.type.name === "blockquote") quotes++;
      return true;
    });
    expect(quotes).toBe(30);
    expect(doc.textContent).toContain("deep");
  });

  it("a save with content nested too deeply is refused by the schema, with a message", () => {
    for (const levels of [MAX_DOCUMENT_DEPTH + 3, 1_000, 50_000]) {
      const parsed = ZDocumentContentUpdate.safeParse({ version: 1, content: nestedJson(levels) });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(TOO_DEEP);
    }
  });

  it("a document one level too deep is not a valid document", () => {
    expect(documentFromJSON(nestedJson(MAX_DOCUMENT_DEPTH))).toBeNull();
    expect(documentFromJSON(nestedJson(50_000))).toBeNull();
  });

  it("a save nested as deep as the limit allows is accepted", () => {
    const content = nestedJson(MAX_DOCUMENT_DEPTH - 1);
    expect(ZDocumentContentUpdate.safeParse({ version: 1, content }).success).toBe(true);
    expect(documentFromJSON(content)).not.toBeNull();
  });

  it("measures JSON depth without recursion, whatever the depth", () => {
    let deep: unknown = 0;
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(isJsonTooDeep(deep)).toBe(true);
    expect(isJsonTooDeep({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(isJsonTooDeep({ a: [1, { b: {} }] }, 3)).toBe(true);
  });
});
