import { describe, expect, it } from "vitest";
import { statementBox, textWidth } from "@/lib/argument/map-style";

describe("textWidth", () => {
  it("is nothing for no text", () => {
    expect(textWidth("", 13)).toBe(0);
  });

  it("gives each class of character its DejaVu Sans advance in em, times the font size", () => {
    const at10 = (text: string) => textWidth(text, 10);
    expect(at10("i")).toBeCloseTo(3.6); // narrow: spaces, punctuation, i l j t f r I and brackets
    expect(at10(" ")).toBeCloseTo(3.6);
    expect(at10("m")).toBeCloseTo(9.8); // wide: m w M W and the like
    expect(at10("A")).toBeCloseTo(7.4); // other capitals
    expect(at10("a")).toBeCloseTo(6.2); // everything else
    expect(at10("中")).toBeCloseTo(10); // full-width scripts take a whole em
    expect(textWidth("a", 20)).toBeCloseTo(12.4);
  });

  it("counts full width only above U+2E80, where the CJK blocks begin", () => {
    expect(textWidth("\u2e80", 10)).toBeCloseTo(6.2);
    expect(textWidth("\u2e81", 10)).toBeCloseTo(10);
  });

  it("measures characters beyond ASCII by the same classes, a surrogate pair as one character", () => {
    expect(textWidth("É—", 10)).toBeCloseTo(7.4 + 9.8);
    expect(textWidth("😀", 10)).toBeCloseTo(10);
    expect(textWidth("a😀a", 10)).toBeCloseTo(6.2 + 10 + 6.2);
    expect(textWidth("\ud800a", 10)).toBeCloseTo(10 + 6.2); // a lone surrogate is one character
  });

  it("adds up the characters of a line", () => {
    // 0.36 + 0.98 + 0.74 + 0.62 + 1 em.
    expect(textWidth("imAa中", 10)).toBeCloseTo(37);
    expect(textWidth("aaaa", 13)).toBeCloseTo(4 * 0.62 * 13);
  });
});

describe("statementBox", () => {
  it("labels the box with the kind in capitals over the text wrapped to 28 characters", () => {
    const box = statementBox({ kind: "evidence", text: "Liberty may be limited only to prevent harm to others." });
    expect(box.kindLabel).toBe("EVIDENCE");
    expect(box.lines).toEqual(["Liberty may be limited only", "to prevent harm to others."]);
  });

  it("is never narrower than 120 px", () => {
    expect(statementBox({ kind: "note", text: "Hi." }).width).toBe(120);
  });

  it("fits the widest line plus 10 px of padding each side, rounded up", () => {
    // 28 × 0.98 em × 13 px = 356.72, + 20.
    expect(statementBox({ kind: "note", text: "m".repeat(28) }).width).toBe(377);
  });

  it("is 8 px of padding top and bottom, 18 px for the kind and 17 px a line high", () => {
    expect(statementBox({ kind: "claim", text: "One line." }).height).toBe(51);
    expect(statementBox({ kind: "claim", text: "word ".repeat(15) }).height).toBe(51 + 2 * 17);
  });

  it("cuts the text after 10 lines", () => {
    const box = statementBox({ kind: "claim", text: "word ".repeat(200) });
    expect(box.lines).toHaveLength(10);
    expect(box.lines[9].endsWith("…")).toBe(true);
    expect(box.height).toBe(34 + 10 * 17);
  });
});
