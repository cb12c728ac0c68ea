import { describe, expect, it } from "vitest";
import { collapsedOffset, collapseWhitespace } from "../../../lib/anchoring/collapsed-whitespace";

describe("collapseWhitespace", () => {
  it("collapses each run of whitespace to one space and records where every unit came from", () => {
    const collapsed = collapseWhitespace("a  b\n\n\tc 👍 ");
    expect(collapsed.text).toBe("a b c 👍 ");
    expect([...collapsed.origin]).toEqual([0, 1, 3, 4, 7, 8, 9, 10, 11, 12]);
  });

  it("maps an original offset to the first collapsed unit at or after it", () => {
    const collapsed = collapseWhitespace("a   b");
    expect([0, 1, 2, 3, 4, 5].map((offset) => collapsedOffset(collapsed, offset))).toEqual([0, 1, 2, 2, 2, 3]);
  });

  it("leaves text without runs as it is", () => {
    expect(collapseWhitespace("").text).toBe("");
    expect(collapseWhitespace("one two").text).toBe("one two");
  });
});
