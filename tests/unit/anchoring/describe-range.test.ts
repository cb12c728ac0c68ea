import { describe, expect, it } from "vitest";
import { describeRange } from "../../../lib/anchoring/describe-range";
import { targetAt } from "../../../lib/anchoring/target-at";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { docOf, h, p, pre, rangeOf, sampleDoc } from "./fixtures";

const sample = new TextIndex(sampleDoc());

describe("describeRange", () => {
  it("describes a selection in the sample by quote, 32 units of context each side and offsets", () => {
    const { from, to } = rangeOf(sample, "White House summit");
    expect(describeRange(sample, from, to)).toEqual({
      exact: "White House summit",
      prefix: "f the two nations. The upcoming ",
      suffix: "—the first face-to-face meeting ",
      start: 515,
      end: 533,
    });
  });

  it("trims whitespace at either end of the selection", () => {
    const { from, to } = rangeOf(sample, " White House summit");
    const target = describeRange(sample, from, to);
    expect(target?.exact).toBe("White House summit");
    expect([target?.start, target?.end]).toEqual([515, 533]);
  });

  it("takes a whole block selected from boundary to boundary as the block's text", () => {
    // The heading node sits at 1029 (content 1030…1061); the next block starts at 1062.
    expect(sample.toPos(1029, "start")).toBe(1030);
    const target = describeRange(sample, 1029, 1063);
    expect(target).toMatchObject({ exact: "The Strategic Divergence Matrix", start: 1029, end: 1060 });
    expect(target?.prefix).toBe("tic priorities regarding Iran.\n\n");
    expect(target?.suffix).toBe("\n\nThe friction between the execu");
  });

  it("describes a passage across a heading and the next paragraph", () => {
    const { from, to } = rangeOf(sample, "Fracture\n\nThe assertion that Netanyahu");
    const target = describeRange(sample, from, to);
    expect(target).toMatchObject({ exact: "Fracture\n\nThe assertion that Netanyahu", start: 3757, end: 3795 });
    expect(sample.doc.resolve(from).parent.type.name).toBe("heading");
    expect(sample.doc.resolve(to).parent.type.name).toBe("paragraph");
  });

  it("keeps a preformatted figure's spaces and line breaks inside the quote", () => {
    const quote = "UNITED STATES (Patron)                       |\n|  - Financial Aid Flow";
    const { from, to } = rangeOf(sample, quote);
    expect(describeRange(sample, from, to)).toMatchObject({ exact: quote, start: 4064, end: 4134 });
  });

  it("returns null for an empty, reversed or whitespace-only range", () => {
    const { from } = rangeOf(sample, "White House summit");
    expect(describeRange(sample, from, from)).toBeNull();
    expect(describeRange(sample, from + 5, from)).toBeNull();
    const spaces = rangeOf(sample, "|                     UNITED");
    expect(describeRange(sample, spaces.from + 1, spaces.to - 6)).toBeNull();
    // From the end of the heading's text to the start of the next paragraph's.
    expect(describeRange(sample, 1061, 1063)).toBeNull();
  });

  it("throws a RangeError for a position outside the document", () => {
    expect(() => describeRange(sample, 0, sample.doc.content.size + 1)).toThrow(RangeError);
  });

  it("never splits a surrogate pair in the quote or the context", () => {
    // "😀" is two code units; offsets 3 and 5 of "ab 😀 cd" fall inside pairs of its text.
    const index = new TextIndex(docOf("T", p("ab 😀😀 cd 👩‍👩‍👧 ef")));
    const at = (offset: number) => index.toPos(offset, "start");
    const text = "ab 😀😀 cd 👩‍👩‍👧 ef";
    expect(index.text).toBe(`T\n\n${text}`);
    // Start after the first half of the first 😀, end after the first half of the second.
    const target = describeRange(index, at(3 + 4), at(3 + 6));
    expect(target).toMatchObject({ exact: "😀😀", start: 6, end: 10 });
    const family = describeRange(index, at(3 + 11), at(3 + 18));
    expect(family).toMatchObject({ exact: "👩‍👩‍👧", start: 14, end: 22, prefix: "T\n\nab 😀😀 cd ", suffix: " ef" });
  });

  it("cuts the context short rather than through a surrogate pair", () => {
    const text = `${"😀".repeat(20)}quote${"😀".repeat(20)}`;
    const index = new TextIndex(docOf(text));
    const target = describeRange(index, index.toPos(40, "start"), index.toPos(45, "end"));
    expect(target?.exact).toBe("quote");
    expect(target?.prefix).toBe("😀".repeat(16));
    expect(target?.suffix).toBe("😀".repeat(16));
    // 32 units back from the quote falls inside a 😀: the prefix keeps 31.
    const run = "😀".repeat(20);
    const left = targetAt(`${run}xquote${run}`, 41, 46);
    expect(left).toMatchObject({ exact: "quote", prefix: `${"😀".repeat(15)}x`, suffix: "😀".repeat(16) });
    const right = targetAt(`${run}quotex${run}`, 40, 45);
    expect(right).toMatchObject({ exact: "quote", prefix: "😀".repeat(16), suffix: `x${"😀".repeat(15)}` });
    // A range whose ends split pairs is widened to whole characters.
    expect(targetAt(run, 1, 3)).toMatchObject({ exact: "😀😀", start: 0, end: 4 });
    expect(() => targetAt(run, 3, 3)).toThrow(RangeError);
  });

  it("describes curly quotes, em-dashes, emoji and combining marks code unit for code unit", () => {
    const line = "She wrote “knows who the boss is”—twice, in the Cafe\u0301 👍🏽.";
    const index = new TextIndex(docOf("T", h("Notes"), p(line), pre("  x")));
    const { from, to } = rangeOf(index, "“knows who the boss is”—twice");
    expect(describeRange(index, from, to)).toMatchObject({ exact: "“knows who the boss is”—twice", start: 20 });
    const accent = rangeOf(index, "Cafe\u0301 👍🏽");
    expect(describeRange(index, accent.from, accent.to)?.exact).toBe("Cafe\u0301 👍🏽");
  });

  it("cuts a target from the first unit of the text to the last, and rejects any other range with a RangeError", () => {
    const text = "quote at the start";
    expect(targetAt(text, 0, 5)).toEqual({ exact: "quote", prefix: "", suffix: " at the start", start: 0, end: 5 });
    expect(targetAt(text, 13, 18)).toMatchObject({ exact: "start", suffix: "", end: 18 });
    for (const [start, end] of [
      [-1, 5],
      [0.5, 5],
      [0, 4.5],
      [5, 5],
      [6, 5],
      [13, 19],
      [Number.NaN, 5],
    ]) {
      expect(() => targetAt(text, start, end), `${start}…${end}`).toThrow(
        new RangeError(`Invalid text range ${start}…${end} (text length 18)`),
      );
    }
  });
});
