import { describe, expect, it } from "vitest";
import { buildDocument } from "../../../lib/editor/build-document";
import { NOTHING_TO_READ } from "../../../lib/editor/import-error";
import { schema } from "../../../lib/editor/schema";
import { outline } from "./outline";

describe("buildDocument", () => {
  it("refuses a source whose only text is a blank title", () => {
    expect(() => buildDocument({ title: null, sourceTitle: " \t ", body: [] })).toThrow(NOTHING_TO_READ);
    expect(() => buildDocument({ title: "Given", sourceTitle: null, body: [schema.nodes.paragraph.create()] })).toThrow(
      NOTHING_TO_READ,
    );
  });

  it("keeps a source whose only text is its title, over an empty paragraph", () => {
    expect(outline(buildDocument({ title: null, sourceTitle: " Found ", body: [] }).doc)).toEqual([
      "title: Found",
      "p: ",
    ]);
  });
});
