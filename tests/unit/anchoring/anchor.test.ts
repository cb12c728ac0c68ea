import type { Node as ProseMirrorNode } from "prosemirror-model";
import { Transform } from "prosemirror-transform";
import { describe, expect, it } from "vitest";
import { anchor } from "../../../lib/anchoring/anchor";
import { describeRange } from "../../../lib/anchoring/describe-range";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { schema } from "../../../lib/editor/schema";
import type { TextTarget } from "../../../lib/validation/annotation";
import { docOf, h, offsetsOf, p, pre, rangeOf, sampleDoc, seededRandom } from "./fixtures";

const sample = new TextIndex(sampleDoc());

/** The target a reader's selection of the `nth` occurrence of `quote` gives. */
function select(index: TextIndex, quote: string, nth = 0): TextTarget {
  const { from, to } = rangeOf(index, quote, nth);
  const target = describeRange(index, from, to);
  if (target === null) throw new Error(`nothing to describe in "${quote}"`);
  return target;
}

/** The target as some other tool saw the passage: `exact` as given, context and offsets as stored. */
function seenAs(index: TextIndex, quote: string, exact: string): TextTarget {
  return { ...select(index, quote), exact };
}

describe("anchor", () => {
  it("resolves a target where it was described, as positions in the document", () => {
    const target = select(sample, "summit—the first");
    expect([target.start, target.end]).toEqual([527, 543]);
    const found = anchor(sample, target);
    expect(found).toEqual({ ...rangeOf(sample, "summit—the first"), status: "exact" });
    expect(sample.doc.textBetween(found!.from, found!.to)).toBe("summit—the first");
  });

  it("reports a quote found verbatim elsewhere as moved", () => {
    const target = select(sample, "summit—the first");
    const edited = new TextIndex(retitled(sample, "A different title"));
    const found = anchor(edited, target);
    expect(found?.status).toBe("moved");
    expect(edited.doc.textBetween(found!.from, found!.to)).toBe("summit—the first");
    expect(edited.toOffset(found!.from)).toBe(459); // the new title is 68 units shorter
  });

  it("keeps each of the sample's seven “White House”s on its own occurrence after the text moved", () => {
    const moved = new TextIndex(retitled(sample, "Short"));
    for (let nth = 0; nth < 7; nth++) {
      const found = anchor(moved, select(sample, "White House", nth));
      expect(found).toEqual({ ...rangeOf(moved, "White House", nth), status: "moved" });
    }
  });

  it("anchors inside the preformatted diagram, on one line and across lines", () => {
    const label = select(sample, "[Strategic Leverage Policy]");
    expect([label.start, label.end]).toEqual([4325, 4352]);
    const found = anchor(sample, label);
    expect(sample.doc.resolve(found!.from).parent.type.name).toBe("code_block");
    expect(sample.doc.textBetween(found!.from, found!.to)).toBe("[Strategic Leverage Policy]");
    const box = "UNITED STATES (Patron)                       |\n|  - Financial Aid Flow    - Diplomatic Cover";
    const lines = anchor(sample, select(sample, box));
    expect(lines).toMatchObject({ status: "exact", ...rangeOf(sample, box) });
  });

  it("anchors a passage that spans a heading and the following paragraph", () => {
    const quote = "the Patron-Client Fracture\n\nThe assertion that Netanyahu";
    const found = anchor(sample, select(sample, quote));
    expect(found).toEqual({ ...rangeOf(sample, quote), status: "exact" });
    expect(sample.doc.resolve(found!.from).parent.type.name).toBe("heading");
    expect(sample.doc.resolve(found!.to).parent.type.name).toBe("paragraph");
    expect(sample.doc.textBetween(found!.from, found!.to, "\n\n")).toBe(quote);
  });

  it("anchors despite whitespace differences between a page's text and the stored text", () => {
    // A space where the stored text has a block separator, as DOM selections often give.
    const across = "Fracture\n\nThe assertion that Netanyahu";
    const found = anchor(sample, seenAs(sample, across, "Fracture The assertion that Netanyahu"));
    expect(found).toEqual({ ...rangeOf(sample, across), status: "fuzzy" });
    // A newline for a space, and doubled spaces.
    const prose = "a sharp pivot toward diplomatic containment";
    const spaced = anchor(sample, seenAs(sample, prose, "a sharp  pivot toward\ndiplomatic  containment"));
    expect(spaced).toEqual({ ...rangeOf(sample, prose), status: "fuzzy" });
    // The diagram's runs of spaces collapsed, as HTML renders them outside <pre>.
    const figure = "Financial Aid Flow    - Diplomatic Cover    - Intelligence";
    const collapsed = anchor(sample, seenAs(sample, figure, "Financial Aid Flow - Diplomatic Cover - Intelligence"));
    expect(collapsed).toEqual({ ...rangeOf(sample, figure), status: "fuzzy" });
  });

  it("anchors a quote of the diagram whose long runs of spaces a page collapsed, context and all", () => {
    // Two lines of the figure: 49 spaces collapsed away, far more than approximate matching tolerates.
    const start = sample.text.indexOf("|                     UNITED STATES");
    const figure = sample.text.slice(start, sample.text.indexOf("Intelligence", start) + "Intelligence".length);
    const squeeze = (text: string) => text.replace(/\s+/g, " ");
    const stored = select(sample, figure);
    const seen = {
      ...stored,
      exact: squeeze(stored.exact),
      prefix: squeeze(stored.prefix),
      suffix: squeeze(stored.suffix),
    };
    expect(figure.length - seen.exact.length).toBe(49);
    expect(anchor(sample, seen)).toEqual({ ...rangeOf(sample, figure), status: "fuzzy" });
    // Collapsing makes nothing match that did not: unrelated words stay orphaned.
    expect(anchor(sample, seenAs(sample, figure, "Nothing    like   this is in the figure"))).toBeNull();
  });

  it("anchors curly quotes, em-dashes, emoji with ZWJ sequences and combining marks", () => {
    const line = "She wrote “knows who the boss is”—twice—at the Cafe\u0301 with 👩‍👩‍👧 and 👍🏽.";
    const index = new TextIndex(docOf("Unicode", h("Notes"), p(line), pre("ok")));
    for (const quote of ["“knows who the boss is”—twice—", "Cafe\u0301", "👩‍👩‍👧", "👍🏽.", "e\u0301 with 👩‍👩‍👧 and"]) {
      const found = anchor(index, select(index, quote));
      expect(found).toEqual({ ...rangeOf(index, quote), status: "exact" });
      expect(index.doc.textBetween(found!.from, found!.to)).toBe(quote);
    }
    // The same text, composed (NFC) by another tool, and a different family emoji.
    const composed = anchor(index, seenAs(index, "at the Cafe\u0301 with", "at the Café with"));
    expect(composed).toEqual({ ...rangeOf(index, "at the Cafe\u0301 with"), status: "fuzzy" });
    const family = anchor(index, seenAs(index, "with 👩‍👩‍👧 and 👍🏽", "with 👩‍👩‍👦 and 👍🏽"));
    expect(family).toEqual({ ...rangeOf(index, "with 👩‍👩‍👧 and 👍🏽"), status: "fuzzy" });
  });

  it("re-anchors, fuzzily, a sentence with one word changed in a new version of the document", () => {
    const sentence = "The White House, however, executed a sharp pivot toward diplomatic containment.";
    const target = select(sample, sentence);
    const edited = new TextIndex(replaceInDoc(sample, "a sharp pivot", "a sudden pivot"));
    const found = anchor(edited, target);
    expect(found?.status).toBe("fuzzy");
    expect(edited.doc.textBetween(found!.from, found!.to)).toBe(sentence.replace("sharp", "sudden"));
  });

  it("reports as moved a quote found at its recorded start or end when the other offset does not fit it", () => {
    // Offsets from another tool need not span the quote exactly.
    const target = select(sample, "summit—the first");
    const here = rangeOf(sample, "summit—the first");
    for (const skewed of [
      { ...target, end: target.end + 1 },
      { ...target, start: target.start - 1 },
    ]) {
      expect(anchor(sample, skewed), JSON.stringify(skewed)).toEqual({ ...here, status: "moved" });
    }
  });

  it("returns null for a quote of nothing but the space between blocks, which holds no position of text", () => {
    const index = new TextIndex(docOf("T", p("x"), schema.nodes.paragraph.create(), p("y")));
    expect(index.text).toBe("T\n\nx\n\n\n\ny");
    // Around the empty paragraph: its start and end are the same position.
    expect(anchor(index, { exact: "\n\n\n\n", prefix: "x", suffix: "y", start: 4, end: 8 })).toBeNull();
    // Between "x" and the empty paragraph: the start would come after the end.
    expect(anchor(index, { exact: "\n\n", prefix: "x", suffix: "\n\ny", start: 4, end: 6 })).toBeNull();
  });

  it("returns null, orphaning the annotation, when the passage's words are gone", () => {
    const target = select(sample, "The US calculation prioritizes global energy supply stabilization");
    const edited = replaceInDoc(sample, "prioritizes global energy supply stabilization", "is mostly about oil");
    expect(anchor(new TextIndex(edited), target)).toBeNull();
  });

  it("round-trips 200 random selections of the sample: describeRange, then anchor, gives the same range", () => {
    const random = seededRandom(2024);
    const size = sample.doc.content.size;
    let described = 0;
    for (let i = 0; i < 200; i++) {
      const from = Math.floor(random() * size);
      const to = Math.min(size, from + 1 + Math.floor(random() * 400));
      const target = describeRange(sample, from, to);
      if (target === null) continue;
      described++;
      const found = anchor(sample, target);
      expect(found).toEqual({
        from: sample.toPos(target.start, "start"),
        to: sample.toPos(target.end, "end"),
        status: "exact",
      });
      // The anchor lies within the selection and describes to the same target.
      expect(found!.from).toBeGreaterThanOrEqual(from);
      expect(found!.to).toBeLessThanOrEqual(to);
      expect(describeRange(sample, found!.from, found!.to)).toEqual(target);
    }
    expect(described).toBeGreaterThan(190);
  });
});

/** `index.doc` under another title, as an edited re-import would give it. */
function retitled(index: TextIndex, title: string) {
  const body: ProseMirrorNode[] = [];
  index.doc.forEach((child, _offset, i) => {
    if (i > 0) body.push(child);
  });
  return docOf(title, ...body);
}

/** `index.doc` with the first occurrence of `before` replaced by `after`. */
function replaceInDoc(index: TextIndex, before: string, after: string) {
  const { start, end } = offsetsOf(index.text, before);
  const from = index.toPos(start, "start");
  return new Transform(index.doc).replaceWith(from, index.toPos(end, "end"), schema.text(after)).doc;
}
