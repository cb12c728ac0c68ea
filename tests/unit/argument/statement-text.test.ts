import { describe, expect, it } from "vitest";
import { shortText, squeezeSpace, wrapText } from "@/lib/argument/statement-text";

describe("squeezeSpace", () => {
  it("collapses whitespace runs, newlines included, and trims", () => {
    expect(squeezeSpace("  one\n\ttwo   three \r\n")).toBe("one two three");
  });
});

describe("shortText", () => {
  it("returns short text unchanged (whitespace squeezed)", () => {
    expect(shortText("Offence alone\nis not harm.", 60)).toBe("Offence alone is not harm.");
  });

  it("cuts at a word boundary and marks the cut with an ellipsis", () => {
    expect(shortText("Society may coerce an individual only to prevent harm to others.", 30)).toBe(
      "Society may coerce an…",
    );
  });

  it("cuts inside a long word rather than losing most of the room", () => {
    expect(shortText("Antidisestablishmentarianism forever", 12)).toBe("Antidisesta…");
  });

  it("keeps text of exactly the limit whole", () => {
    expect(shortText("abcde", 5)).toBe("abcde");
  });

  it("cuts at a space that keeps exactly half the room", () => {
    // max 9 leaves 8 code points before the "…": "abcd efg", its space at 4.
    expect(shortText("abcd efghij", 9)).toBe("abcd…");
    expect(shortText("abc defghij", 9)).toBe("abc defg…");
  });

  it("never splits a surrogate pair", () => {
    expect(shortText("😀😀😀😀😀😀", 4)).toBe("😀😀😀…");
  });
});

describe("wrapText", () => {
  it("wraps at word boundaries within the width", () => {
    expect(wrapText("Society may coerce an individual only to prevent harm to others.", 28)).toEqual([
      "Society may coerce an",
      "individual only to prevent",
      "harm to others.",
    ]);
  });

  it("splits a word longer than a line", () => {
    expect(wrapText("see https://example.org/a/very/long/path/indeed ok", 20)).toEqual([
      "see",
      "https://example.org/",
      "a/very/long/path/ind",
      "eed ok",
    ]);
  });

  it("puts a word of exactly the width on its own line, with nothing after it", () => {
    expect(wrapText("ab abcde", 5)).toEqual(["ab", "abcde"]);
    expect(wrapText("abcde fg", 5)).toEqual(["abcde", "fg"]);
  });

  it("keeps text of exactly maxLines lines as it is", () => {
    expect(wrapText("one two", 3, 2)).toEqual(["one", "two"]);
  });

  it("drops the space a full last line would end in once its last character makes room for the ellipsis", () => {
    expect(wrapText("abc d efg", 5, 1)).toEqual(["abc…"]);
    expect(wrapText("ab cd efg", 5, 1)).toEqual(["ab c…"]);
  });

  it("cuts after maxLines and ends the last kept line with an ellipsis", () => {
    expect(wrapText("one two three four five six seven eight", 9, 2)).toEqual(["one two", "three…"]);
    expect(wrapText("abcdefghij klm", 5, 1)).toEqual(["abcd…"]);
  });

  it("counts code points, not UTF-16 units: a surrogate pair is one character", () => {
    expect(wrapText("😀😀😀 ab", 3)).toEqual(["😀😀😀", "ab"]);
    expect(wrapText("😀😀😀😀", 3)).toEqual(["😀😀😀", "😀"]);
    expect(wrapText("ab 😀 cd", 4)).toEqual(["ab 😀", "cd"]);
  });

  it("always returns at least one line", () => {
    expect(wrapText("", 28)).toEqual([""]);
  });
});
