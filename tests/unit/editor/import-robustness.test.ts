import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH } from "../../../lib/editor/document-title";
import { importDocument } from "../../../lib/editor/import-document";
import type { DocumentFormat } from "../../../lib/editor/import-document";
import { ImportError } from "../../../lib/editor/import-error";

// Generated inputs built from the fragments the heuristics key on, in
// random order: whatever comes in, an importer either returns a valid
// document or throws ImportError — never anything else.

const FRAGMENTS = [
  "",
  "",
  "\n",
  "   ",
  "\t",
  "\r\n",
  "\r",
  "\uFEFF",
  "Title Line",
  "A sentence that ends.",
  "lowercase words wrapped",
  "• bullet",
  "  ◦ sub bullet",
  "- dash item",
  "* * *",
  "1. Numbered Heading",
  "2) item.",
  "999. big",
  "+----+",
  "|    |",
  "     |",
  "    v  [label]",
  "\tindented code",
  "KF",
  "Kenji Flores",
  "By Ann Lee",
  "— Ann Lee",
  "Label: text",
  "👨\u200d👩\u200d👧 “quoted” — dash",
  "# Heading",
  "## Sub",
  "> quote",
  "```",
  "[link](javascript:alert(1))",
  "<script>alert(1)</script>",
  "<h1>Head</h1>",
  "<p onclick=x>para</p>",
  "<a href='data:x'>a</a>",
  "<ul><li>",
  "</pre><pre>",
  "&amp; &lt;",
  "x".repeat(250),
];

// A small linear congruential generator, so every run sees the same inputs.
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function generatedTexts(count: number, seed: number): string[] {
  const random = generator(seed);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(random() * 12);
    for (let j = 0; j < length; j++) parts.push(FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] ?? "");
    texts.push(parts.join(random() < 0.5 ? "\n" : "\n\n"));
  }
  return texts;
}

describe.each<DocumentFormat>(["text", "markdown", "html"])("importDocument(%s) on generated input", (format) => {
  it("returns a schema-valid document with a proper title, or throws ImportError", () => {
    let imported = 0;
    for (const text of generatedTexts(format === "html" ? 60 : 400, 42)) {
      try {
        const { title, doc } = importDocument({ text, format });
        expect(() => doc.check()).not.toThrow();
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        expect(doc.child(0).textContent).toBe(title);
        imported++;
      } catch (error) {
        if (!(error instanceof ImportError))
          throw new Error(`${String(error)} on ${JSON.stringify(text)}`, { cause: error });
      }
    }
    expect(imported).toBeGreaterThan(0);
  });
});
