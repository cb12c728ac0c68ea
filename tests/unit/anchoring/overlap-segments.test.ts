import { describe, expect, it } from "vitest";
import { countBucket, overlapSegments, SEGMENT_ID_LIMIT } from "../../../lib/anchoring/overlap-segments";
import type { Covering } from "../../../lib/anchoring/overlap-segments";

const covering = (id: string, from: number, to: number, className = "claim"): Covering => ({
  id,
  from,
  to,
  className,
});

/** Segments as [from, to, count, ids, sharedClass], the shape read most easily. */
const cut = (coverings: Covering[], focused: string | null = null) =>
  overlapSegments(coverings, focused).map((s) => [s.from, s.to, s.count, s.ids.join(","), s.sharedClass]);

describe("overlapSegments", () => {
  it("cuts overlapping passages into stretches covered by the same annotations, leaving gaps out", () => {
    expect(cut([covering("a", 0, 10), covering("b", 5, 15, "note"), covering("c", 20, 25)])).toEqual([
      [0, 5, 1, "a", "claim"],
      [5, 10, 2, "a,b", null],
      [10, 15, 1, "b", "note"],
      [20, 25, 1, "c", "claim"],
    ]);
  });

  it("gives one segment for any number of annotations on the same passage, naming the innermost first", () => {
    const many = Array.from({ length: 5000 }, (_, i) => covering(`n${String(i).padStart(4, "0")}`, 10, 40));
    const segments = overlapSegments([covering("wide", 0, 50), ...many, covering("inner", 20, 30)], null);
    expect(segments.map((s) => [s.from, s.to, s.count])).toEqual([
      [0, 10, 1],
      [10, 20, 5001],
      [20, 30, 5002],
      [30, 40, 5001],
      [40, 50, 1],
    ]);
    expect(segments[2]!.ids).toEqual(["inner", "n0000", "n0001", "n0002", "n0003", "n0004", "n0005", "n0006"]);
    expect(segments[2]!.ids).toHaveLength(SEGMENT_ID_LIMIT);
    expect(segments[1]!.ids[0]).toBe("n0000");
    expect(segments[1]!.sharedClass).toBe("claim");
  });

  it("names the focused annotation first and says it covers the segment, however many others do", () => {
    const many = Array.from({ length: 30 }, (_, i) => covering(`m${String(i).padStart(2, "0")}`, 0, 10));
    const [segment] = overlapSegments([...many, covering("wide", 0, 10)], "wide");
    expect(segment!.focused).toBe(true);
    expect(segment!.ids[0]).toBe("wide");
    expect(segment!.ids.slice(1)).toEqual(["m00", "m01", "m02", "m03", "m04", "m05", "m06"]);
    expect(overlapSegments(many, "wide")[0]!.focused).toBe(false);
  });

  it("does not depend on the order the annotations come in, and ignores empty ones", () => {
    const list = [covering("b", 3, 9), covering("a", 0, 6), covering("e", 4, 4), covering("c", 6, 12)];
    expect(cut([...list].reverse())).toEqual(cut(list));
    expect(cut(list)).toEqual([
      [0, 3, 1, "a", "claim"],
      [3, 6, 2, "a,b", "claim"],
      [6, 9, 2, "b,c", "claim"],
      [9, 12, 1, "c", "claim"],
    ]);
  });

  it("tells a shared class from a mix as annotations come and go", () => {
    const list = [covering("a", 0, 4, "x"), covering("b", 2, 8, "y"), covering("c", 6, 10, "y")];
    expect(cut(list).map((s) => s[4])).toEqual(["x", null, "y", "y", "y"]);
  });
});

describe("countBucket", () => {
  it("groups counts into 1, 2, 3-5 and 6-plus", () => {
    expect([1, 2, 3, 5, 6, 300, 5000].map(countBucket)).toEqual(["1", "2", "3-5", "3-5", "6-plus", "6-plus", "6-plus"]);
  });
});
