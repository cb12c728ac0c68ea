import { describe, expect, it } from "vitest";
import { importMarkdown } from "../../../lib/editor/import-markdown";
import { toPlainText } from "../../../lib/editor/plain-text";
import { schema } from "../../../lib/editor/schema";

describe("toPlainText", () => {
  it("joins textblocks with a blank line, title first, breaks as newlines, code as is", () => {
    const { doc } = importMarkdown(
      "# Title\n\nOne *two*  \nthree.\n\n- item a\n- item b\n  - nested\n\n> quoted\n\n---\n\n```\n  code\n\tkept\n```",
    );
    expect(toPlainText(doc)).toBe("Title\n\nOne two\nthree.\n\nitem a\n\nitem b\n\nnested\n\nquoted\n\n  code\n\tkept");
  });

  it("counts empty textblocks as empty segments", () => {
    const doc = schema.nodes.doc.create(null, [
      schema.nodes.title.create(null, schema.text("T")),
      schema.nodes.paragraph.create(),
      schema.nodes.paragraph.create(null, schema.text("x")),
    ]);
    expect(toPlainText(doc)).toBe("T\n\n\n\nx");
  });

  it("includes byline paragraphs", () => {
    const doc = schema.nodes.doc.create(null, [
      schema.nodes.title.create(null, schema.text("T")),
      schema.nodes.byline.create(null, [
        schema.nodes.paragraph.create(null, schema.text("AB")),
        schema.nodes.paragraph.create(null, schema.text("Ann Bee")),
      ]),
    ]);
    expect(toPlainText(doc)).toBe("T\n\nAB\n\nAnn Bee");
  });
});
