import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_JSON_DEPTH } from "../../../lib/editor/document-depth";
import { documentFromJSON } from "../../../lib/editor/document-from-json";

const title = { type: "title", content: [{ type: "text", text: "T" }] };
const paragraph = { type: "paragraph", content: [{ type: "text", text: "p" }] };

function nestedArrays(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

describe("documentFromJSON", () => {
  it("rebuilds a valid document", () => {
    const doc = documentFromJSON({ type: "doc", content: [title, paragraph] });
    expect(doc?.toString()).toBe('doc(title("T"), paragraph("p"))');
  });

  it("returns null, not an exception or undefined, for JSON that is no node of the schema", () => {
    expect(documentFromJSON({ type: "script" })).toBeNull();
    expect(documentFromJSON("doc")).toBeNull();
    expect(documentFromJSON({ type: "doc", content: [paragraph] })).toBeNull();
  });

  it("refuses a valid node that is not a whole document", () => {
    expect(documentFromJSON(paragraph)).toBeNull();
    expect(documentFromJSON(title)).toBeNull();
  });

  it("refuses JSON nested too deeply even where the parser would not look", () => {
    const doc = { type: "doc", content: [title, paragraph] };
    expect(documentFromJSON({ ...doc, extra: nestedArrays(MAX_DOCUMENT_JSON_DEPTH - 1) })).not.toBeNull();
    expect(documentFromJSON({ ...doc, extra: nestedArrays(MAX_DOCUMENT_JSON_DEPTH) })).toBeNull();
  });
});
