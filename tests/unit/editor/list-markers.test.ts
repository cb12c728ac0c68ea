import { describe, expect, it } from "vitest";
import { listMarker } from "../../../lib/editor/list-markers";

describe("listMarker on bullets", () => {
  it("reads a bullet at the start of a line, the marker and its space dropped", () => {
    expect(listMarker("- milk")).toEqual({ kind: "bullet", indent: 0, order: 0, text: "milk" });
  });

  it("accepts the typographic bullets, the en dash and the middle dot", () => {
    for (const bullet of ["•", "◦", "▪", "▫", "‣", "●", "○", "■", "□", "▸", "►", "-", "*", "–", "·"]) {
      expect(listMarker(`${bullet} milk`)?.text).toBe("milk");
    }
  });

  it("does not read an em dash as a bullet: that is an attribution", () => {
    expect(listMarker("— Jane Doe")).toBeNull();
  });

  it("keeps the indentation before the marker as columns", () => {
    expect(listMarker("  - milk")).toEqual({ kind: "bullet", indent: 2, order: 0, text: "milk" });
    expect(listMarker("\t• milk")).toEqual({ kind: "bullet", indent: 4, order: 0, text: "milk" });
  });

  it("drops every space and tab after the marker, and the line's trailing whitespace", () => {
    expect(listMarker("-\t  milk and eggs \t")?.text).toBe("milk and eggs");
  });

  it("needs whitespace after the marker and something after that", () => {
    expect(listMarker("-milk")).toBeNull();
    expect(listMarker("- ")).toBeNull();
    expect(listMarker("-")).toBeNull();
  });

  it("reads no bullet inside a line", () => {
    expect(listMarker("Pros - cons")).toBeNull();
    expect(listMarker("x * y")).toBeNull();
  });

  it("reads a run of bullets without a word as an ornament, not an item", () => {
    expect(listMarker("* * *")).toBeNull();
    expect(listMarker("- - -")).toBeNull();
    expect(listMarker("• 42")?.text).toBe("42");
  });
});

describe("listMarker on numbers", () => {
  it('reads "1." and "2)" items with their numbers', () => {
    expect(listMarker("1. Walk")).toEqual({ kind: "ordered", indent: 0, order: 1, text: "Walk" });
    expect(listMarker("2) Run")).toEqual({ kind: "ordered", indent: 0, order: 2, text: "Run" });
  });

  it("reads numbers of up to three digits, not a year", () => {
    expect(listMarker("12. Twelve")?.order).toBe(12);
    expect(listMarker("999) Last")?.order).toBe(999);
    expect(listMarker("2024. A year of change")).toBeNull();
  });

  it("keeps the indentation before the number", () => {
    expect(listMarker("   3. Three")).toEqual({ kind: "ordered", indent: 3, order: 3, text: "Three" });
  });

  it("drops every space and tab after the number, and the line's trailing whitespace", () => {
    expect(listMarker("4.\t  Four more  ")?.text).toBe("Four more");
  });

  it('needs "." or ")" and then whitespace and text', () => {
    expect(listMarker("5 Five")).toBeNull();
    expect(listMarker("5: Five")).toBeNull();
    expect(listMarker("5.Five")).toBeNull();
    expect(listMarker("5. ")).toBeNull();
    expect(listMarker("3.14 is pi")).toBeNull();
  });

  it("reads no number inside a line", () => {
    expect(listMarker("Chapter 1. Rivers")).toBeNull();
    expect(listMarker("x1. y")).toBeNull();
  });

  it("reads a number followed only by punctuation as no item", () => {
    expect(listMarker("1. ...")).toBeNull();
  });
});
