import { describe, expect, it } from "vitest";
import { argdownTitles } from "@/lib/argument/formats/argdown-titles";

describe("argdownTitles", () => {
  it("takes at most the first five words", () => {
    expect(argdownTitles(["one two three four five six seven"])).toEqual(["one two three four five"]);
  });

  it("takes words while the title stays within 40 characters, 40 included", () => {
    const ten = "abcdefghij";
    expect(argdownTitles([`${ten} ${ten} ${ten} abcdefg`, `${ten} ${ten} ${ten} abcdefgh`])).toEqual([
      `${ten} ${ten} ${ten} abcdefg`, // exactly 40
      `${ten} ${ten} ${ten}`,
    ]);
  });

  it("cuts a first word longer than 40 characters at 40, never inside a surrogate pair", () => {
    expect(argdownTitles(["x".repeat(41) + " more"])).toEqual(["x".repeat(40)]);
    // "𝐀" (U+1D400) is a letter of two UTF-16 units: 20 fit, 21 would not.
    expect(argdownTitles(["𝐀".repeat(21)])).toEqual(["𝐀".repeat(20)]);
    expect(argdownTitles(["x" + "𝐀".repeat(20)])).toEqual(["x" + "𝐀".repeat(19)]);
  });

  it("numbers repeats 2, 3, … in order", () => {
    expect(argdownTitles(["Same.", "Same!", "Same?", "Other"])).toEqual(["Same", "Same 2", "Same 3", "Other"]);
  });
});
