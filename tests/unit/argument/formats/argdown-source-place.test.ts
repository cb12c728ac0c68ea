import { describe, expect, it } from "vitest";
import { SourcePlace } from "@/lib/argument/formats/argdown-source-place";

const at = (startLine: number, startColumn: number) => ({ startLine, startColumn });

describe("SourcePlace", () => {
  it("keeps a known line and column, and reads an unknown one as null", () => {
    expect(SourcePlace.of(at(2, 7)).known).toEqual([2, 7]);
    expect(SourcePlace.of({ startLine: 3 }).known).toEqual([3, null]);
    expect(SourcePlace.of(undefined).known).toEqual([null, null]);
  });

  it("orders by line, then column, with equal and unknown places equal", () => {
    const compare = (a: SourcePlace, b: SourcePlace) => SourcePlace.compare(a, b);
    expect(compare(SourcePlace.of(at(1, 9)), SourcePlace.of(at(2, 1)))).toBe(-1);
    expect(compare(SourcePlace.of(at(2, 1)), SourcePlace.of(at(1, 9)))).toBe(1);
    expect(compare(SourcePlace.of(at(2, 3)), SourcePlace.of(at(2, 4)))).toBe(-1);
    expect(compare(SourcePlace.of(at(2, 4)), SourcePlace.of(at(2, 3)))).toBe(1);
    expect(compare(SourcePlace.of(at(2, 4)), SourcePlace.of(at(2, 4)))).toBe(0);
    expect(compare(SourcePlace.of(undefined), SourcePlace.of(undefined))).toBe(0);
    expect(compare(SourcePlace.of(at(900, 1)), SourcePlace.of(undefined))).toBe(-1);
  });

  it("finds the earliest of several places, unknown when there are none", () => {
    expect(SourcePlace.first([at(3, 1), undefined, at(2, 5), at(2, 9)]).known).toEqual([2, 5]);
    expect(SourcePlace.first([undefined]).known).toEqual([null, null]);
    expect(SourcePlace.first([]).known).toEqual([null, null]);
  });
});
