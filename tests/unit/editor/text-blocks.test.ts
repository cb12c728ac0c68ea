import { describe, expect, it } from "vitest";
import { cleanSource, indentWidth, proseText, splitTextBlocks } from "../../../lib/editor/text-blocks";

describe("cleanSource", () => {
  it("removes a leading byte-order mark only", () => {
    expect(cleanSource("\uFEFFa\uFEFFb")).toBe("a\uFEFFb");
    expect(cleanSource("a\uFEFFb")).toBe("a\uFEFFb");
  });

  it("turns every line break into LF and deletes control characters other than tab", () => {
    expect(cleanSource("a\r\nb\rc\fd\x0Be\nf")).toBe("a\nb\nc\nd\ne\nf");
    expect(cleanSource("a\u0000b\u0007c\u007fd\te")).toBe("abcd\te");
  });
});

describe("splitTextBlocks", () => {
  it("separates blocks by empty lines and by lines of whitespace alike", () => {
    const source = splitTextBlocks("a\nb\n\nc\n \t\u00a0\nd\n\n\n");
    expect(source.blocks).toEqual([
      { lines: ["a", "b"], start: 0, end: 2 },
      { lines: ["c"], start: 3, end: 4 },
      { lines: ["d"], start: 5, end: 6 },
    ]);
    expect(source.lines).toEqual(["a", "b", "", "c", " \t\u00a0", "d", "", "", ""]);
  });

  it("keeps a line with text and surrounding spaces in its block", () => {
    expect(splitTextBlocks("  a  \nb").blocks).toEqual([{ lines: ["  a  ", "b"], start: 0, end: 2 }]);
  });
});

describe("indentWidth", () => {
  it("advances a tab to the next multiple of four columns", () => {
    const widths = ["x", "  x", "\tx", "  \tx", "   \tx", " \t x", "\t\tx", "    x", "x\t"].map((line) => [
      line,
      indentWidth(line),
    ]);
    expect(widths).toEqual([
      ["x", 0],
      ["  x", 2],
      ["\tx", 4],
      ["  \tx", 4],
      ["   \tx", 4],
      [" \t x", 5],
      ["\t\tx", 8],
      ["    x", 4],
      ["x\t", 0],
    ]);
  });
});

describe("proseText", () => {
  it("joins lines, collapses spaces, tabs and line ends, trims the ends and keeps other spaces", () => {
    expect(proseText(["  first\tline  ", "  second\nline  "])).toBe("first line second line");
    expect(proseText(["no\u00a0break"])).toBe("no\u00a0break");
  });

  it("collapses every kind of run, wherever it starts: a space then tabs, a tab then spaces, line ends", () => {
    expect(proseText(["a \t b\t  c\n\nd  e f"])).toBe("a b c d e f");
    expect(proseText(["a", "\tb", " c"])).toBe("a b c");
  });
});
