import { describe, expect, it } from "vitest";
import { isPreformatted } from "../../../lib/editor/preformatted";

// One line at a time: a block of one line is preformatted exactly when
// that line looks drawn, aligned or indented as code.
function oneLine(line: string): [string, boolean] {
  return [line, isPreformatted([line])];
}

describe("isPreformatted", () => {
  it("does not take prose for a drawing", () => {
    expect(oneLine("A plain sentence of prose, wrapped.")).toEqual(["A plain sentence of prose, wrapped.", false]);
    expect(oneLine("Two spaces after a sentence.  Then more.")).toEqual([
      "Two spaces after a sentence.  Then more.",
      false,
    ]);
  });

  it("reads a line at least half drawing characters as drawn", () => {
    expect(oneLine("------")).toEqual(["------", true]);
    expect(oneLine("x -> y")).toEqual(["x -> y", true]);
    expect(oneLine("→ ↓ ←")).toEqual(["→ ↓ ←", true]);
    expect(oneLine("xy -> z")).toEqual(["xy -> z", false]);
  });

  it("reads a row framed at both ends as drawn, but not a line with a frame at one end", () => {
    expect(oneLine("| a cell of text |")).toEqual(["| a cell of text |", true]);
    expect(oneLine("│ a box of text │")).toEqual(["│ a box of text │", true]);
    expect(oneLine("+ a corner of text +")).toEqual(["+ a corner of text +", true]);
    expect(oneLine("Either this or that |")).toEqual(["Either this or that |", false]);
    expect(oneLine("| either this or that")).toEqual(["| either this or that", false]);
  });

  it("reads columns lined up with three spaces or two tabs as aligned", () => {
    expect(oneLine("Name   Value")).toEqual(["Name   Value", true]);
    expect(oneLine("Name\t\tValue")).toEqual(["Name\t\tValue", true]);
    expect(oneLine("Name\tValue")).toEqual(["Name\tValue", false]);
    expect(oneLine("Name  Value")).toEqual(["Name  Value", false]);
    expect(oneLine("Trailing spaces after words   ")).toEqual(["Trailing spaces after words   ", false]);
  });

  it("reads a line indented four columns as code", () => {
    expect(oneLine("    code()")).toEqual(["    code()", true]);
    expect(oneLine("\tcode()")).toEqual(["\tcode()", true]);
    expect(oneLine("   not code")).toEqual(["   not code", false]);
  });

  it("reads a block as preformatted by a strict majority of its lines, a whitespace-only line not counting", () => {
    expect(isPreformatted([" ", "  ", "Plain prose."])).toBe(false);
    expect(isPreformatted(["+---+", "|   |", "Caption words here."])).toBe(true);
    expect(isPreformatted(["+---+", "Caption words here.", "More caption words."])).toBe(false);
    expect(isPreformatted(["+---+", "Caption words here."])).toBe(false);
  });
});
