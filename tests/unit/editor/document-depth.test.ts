import type { Node as ProseMirrorNode } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import {
  isJsonTooDeep,
  isTooDeep,
  MAX_DOCUMENT_DEPTH,
  MAX_DOCUMENT_JSON_DEPTH,
  TOO_DEEP,
} from "../../../lib/editor/document-depth";
import { schema } from "../../../lib/editor/schema";

/** A doc whose one linked paragraph sits inside `quotes` nested blockquotes. */
function quoted(quotes: number): ProseMirrorNode {
  const link = schema.marks.link.create({ href: "https://example.com/" });
  let block = schema.nodes.paragraph.create(null, schema.text("deep", [link]));
  for (let i = 0; i < quotes; i++) block = schema.nodes.blockquote.create(null, block);
  return schema.nodes.doc.create(null, [schema.nodes.title.create(null, schema.text("T")), block]);
}

describe("isTooDeep", () => {
  it("allows a textblock at MAX_DOCUMENT_DEPTH and refuses one deeper", () => {
    expect(isTooDeep(quoted(MAX_DOCUMENT_DEPTH - 1))).toBe(false);
    expect(isTooDeep(quoted(MAX_DOCUMENT_DEPTH))).toBe(true);
  });
});

describe("isJsonTooDeep", () => {
  it("fits the JSON of the deepest document allowed, a marked link included, exactly", () => {
    const json = quoted(MAX_DOCUMENT_DEPTH - 1).toJSON();
    expect(isJsonTooDeep(json)).toBe(false);
    expect(isJsonTooDeep(json, MAX_DOCUMENT_JSON_DEPTH - 1)).toBe(true);
  });

  it("counts objects and arrays, not the scalars in them", () => {
    expect(isJsonTooDeep("text", 0)).toBe(false);
    expect(isJsonTooDeep(null, 0)).toBe(false);
    expect(isJsonTooDeep({}, 0)).toBe(true);
    expect(isJsonTooDeep({ text: "x", count: 1, none: null, yes: true }, 1)).toBe(false);
    expect(isJsonTooDeep([["x"]], 1)).toBe(true);
    expect(isJsonTooDeep([["x"]], 2)).toBe(false);
  });
});

describe("TOO_DEEP", () => {
  it("tells the author the limit and what nests", () => {
    expect(TOO_DEEP).toContain(`more than ${String(MAX_DOCUMENT_DEPTH)} levels`);
    expect(TOO_DEEP).toMatch(/quotes, lists or sections/u);
  });
});
