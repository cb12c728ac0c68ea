import { Schema } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { TextIndex, textIndexOf } from "../../../lib/anchoring/text-index";
import { importMarkdown } from "../../../lib/editor/import-markdown";
import { toPlainText } from "../../../lib/editor/plain-text";
import { schema } from "../../../lib/editor/schema";
import { importPlainText } from "../../../lib/editor/import-plain-text";
import { docOf, p, pre, sampleDoc, seededRandom, SAMPLE_SOURCE } from "./fixtures";

// Positions of the small document, worked out by hand:
//   0 title( 1 "T" 2 ) 3 paragraph( 4 "ab" 6 ) 7 bullet_list( 8 list_item(
//   9 paragraph( 10 "c" 11 ) 12 ) 13 ) 14 hr 15 paragraph( 16 "d" 17 br 18
//   "e" 19 ) 20 code_block( 21 "x\ny" 24 ) 25
// Offsets of its text "T\n\nab\n\nc\n\nd\ne\n\nx\ny": T 0, ab 3–5, c 7–8,
// d\ne 10–13, x\ny 15–18; separators at 1–3, 5–7, 8–10, 13–15.
const small = docOf(
  "T",
  p("ab"),
  schema.nodes.bullet_list.create(null, schema.nodes.list_item.create(null, p("c"))),
  schema.nodes.horizontal_rule.create(),
  p("d", null, "e"),
  pre("x\ny"),
);
const index = new TextIndex(small);

describe("TextIndex", () => {
  it("projects the same text as toPlainText", () => {
    expect(index.text).toBe("T\n\nab\n\nc\n\nd\ne\n\nx\ny");
    expect(index.text).toBe(toPlainText(small));
    const sample = sampleDoc();
    expect(new TextIndex(sample).text).toBe(toPlainText(sample));
    const markdown = importMarkdown(
      "# Title\n\nOne *two*  \nthree.\n\n- a\n  - b\n\n> q\n\n---\n\n```\n  code\n```",
    ).doc;
    expect(new TextIndex(markdown).text).toBe(toPlainText(markdown));
  });

  it("maps offsets inside text to positions", () => {
    expect([0, 3, 4, 7, 10, 11, 12, 15, 17].map((offset) => index.toPos(offset, "start"))).toEqual([
      1, 4, 5, 10, 16, 17, 18, 21, 23,
    ]);
    expect(index.toPos(5, "end")).toBe(6);
    expect(index.toPos(18, "end")).toBe(24);
    expect(index.toPos(18, "start")).toBe(24);
  });

  it("maps an offset in a block separator to the next block's start or the previous block's end", () => {
    expect(index.toPos(1, "start")).toBe(4);
    expect(index.toPos(2, "start")).toBe(4);
    expect(index.toPos(5, "start")).toBe(10); // the character at 5 is a separator's
    expect(index.toPos(1, "end")).toBe(2);
    expect(index.toPos(2, "end")).toBe(2);
    expect(index.toPos(3, "end")).toBe(2); // the character before 3 is a separator's
    expect(index.toPos(6, "start")).toBe(10); // into the list's paragraph
    expect(index.toPos(9, "end")).toBe(11);
    expect(index.toPos(9, "start")).toBe(16); // past the rule
    expect(index.toPos(14, "end")).toBe(19);
  });

  it("maps positions to offsets, clamping positions between blocks", () => {
    expect([1, 2, 4, 6, 10, 16, 17, 18, 19, 21, 24].map((pos) => index.toOffset(pos))).toEqual([
      0, 1, 3, 5, 7, 10, 11, 12, 13, 15, 18,
    ]);
    expect(index.toOffset(0)).toBe(0);
    expect(index.toOffset(3)).toBe(3);
    expect(index.toOffset(3, "end")).toBe(1);
    expect([7, 8, 9].map((pos) => index.toOffset(pos, "start"))).toEqual([7, 7, 7]);
    expect([7, 8, 9].map((pos) => index.toOffset(pos, "end"))).toEqual([5, 5, 5]);
    expect([12, 13, 14, 15].map((pos) => index.toOffset(pos, "start"))).toEqual([10, 10, 10, 10]);
    expect([12, 13, 14, 15].map((pos) => index.toOffset(pos, "end"))).toEqual([8, 8, 8, 8]);
    expect(index.toOffset(25)).toBe(18);
    expect(index.toOffset(25, "end")).toBe(18);
  });

  it("counts an empty textblock as an empty segment", () => {
    const empty = new TextIndex(docOf("T", schema.nodes.paragraph.create(), p("x")));
    expect(empty.text).toBe("T\n\n\n\nx");
    expect(empty.toPos(1, "start")).toBe(4);
    expect(empty.toPos(3, "start")).toBe(6);
    expect(empty.toPos(3, "end")).toBe(2);
    expect(empty.toPos(5, "end")).toBe(4);
    expect(empty.toOffset(4)).toBe(3);
  });

  it("separates an empty first textblock like any other", () => {
    const untitled = schema.nodes.doc.create(null, [schema.nodes.title.create(), p("x")]);
    const empty = new TextIndex(untitled);
    expect(empty.text).toBe("\n\nx");
    expect(empty.text).toBe(toPlainText(untitled));
    expect([empty.toPos(0, "start"), empty.toPos(2, "start"), empty.toPos(0, "end"), empty.toOffset(3)]).toEqual([
      3, 3, 1, 2,
    ]);
  });

  it("throws a RangeError outside the text or the document", () => {
    expect(() => index.toPos(-1, "start")).toThrow(RangeError);
    expect(() => index.toPos(19, "end")).toThrow(new RangeError("Offset 19 outside of 0…18"));
    expect(() => index.toPos(1.5, "end")).toThrow(RangeError);
    expect(() => index.toOffset(26)).toThrow(new RangeError("Position 26 outside of 0…25"));
  });

  it("maps a position before the first text to offset 0 whatever the bias", () => {
    expect([index.toOffset(0, "start"), index.toOffset(0, "end")]).toEqual([0, 0]);
  });

  it("gives a node without textblocks the empty text, whose one offset is position 0", () => {
    // Not a valid document of the schema (it has no title), but one the index must not choke on.
    const rule = new TextIndex(schema.nodes.doc.create(null, schema.nodes.horizontal_rule.create()));
    expect(rule.text).toBe("");
    expect([rule.toPos(0, "start"), rule.toPos(0, "end"), rule.toOffset(0), rule.toOffset(1, "end")]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it("gives an inline node without text, such as an image, a position but no text", () => {
    const withImage = new Schema({
      nodes: schema.spec.nodes.addToEnd("image", { inline: true, group: "inline", atom: true }),
      marks: schema.spec.marks,
    });
    const { nodes } = withImage;
    // 0 title( 1 "T" 2 ) 3 paragraph( 4 "ab" 6 image 7 "cd" 9 br 10 "e" 11 image 12 ) 13
    const pictured = nodes.doc.create(null, [
      nodes.title.create(null, withImage.text("T")),
      nodes.paragraph.create(null, [
        withImage.text("ab"),
        nodes.image.create(),
        withImage.text("cd"),
        nodes.hard_break.create(),
        withImage.text("e"),
        nodes.image.create(),
      ]),
    ]);
    const imaged = new TextIndex(pictured);
    expect(imaged.text).toBe("T\n\nabcd\ne");
    expect(imaged.text).toBe(toPlainText(pictured));
    expect([3, 4, 5, 6, 7, 8].map((offset) => imaged.toPos(offset, "start"))).toEqual([4, 5, 7, 8, 9, 10]);
    expect([5, 6, 7, 8, 9].map((offset) => imaged.toPos(offset, "end"))).toEqual([6, 8, 9, 10, 11]);
    expect([4, 6, 7, 9, 10, 11, 12].map((pos) => imaged.toOffset(pos))).toEqual([3, 5, 5, 7, 8, 9, 9]);
  });

  it("agrees with the document character by character on a 1 MB text", () => {
    const doc = importPlainText(Array.from({ length: 100 }, () => SAMPLE_SOURCE).join("\n\n")).doc;
    const big = new TextIndex(doc);
    expect(big.text.length).toBe(805_411);
    expect(big.text).toBe(toPlainText(doc));
    const random = seededRandom(7);
    for (let i = 0; i < 20_000; i++) {
      const offset = Math.floor(random() * big.text.length);
      const pos = big.toPos(offset, "start");
      const back = big.toOffset(pos);
      if (back !== offset) {
        // Only a separator has no position of its own: it maps to the next block.
        expect(big.text.slice(offset, back)).toMatch(/^\n+$/);
        continue;
      }
      expect(doc.textBetween(pos, pos + 1)).toBe(big.text[offset]);
    }
  });

  it("is cached per document by textIndexOf", () => {
    expect(textIndexOf(small)).toBe(textIndexOf(small));
    expect(textIndexOf(small)).not.toBe(index);
    expect(textIndexOf(small).text).toBe(index.text);
  });
});
