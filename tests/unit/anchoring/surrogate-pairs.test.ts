import { describe, expect, it } from "vitest";
import { splitsSurrogatePair } from "@/lib/anchoring/surrogate-pairs";

const pair = (high: number, low: number) => String.fromCharCode(high, low);

describe("a boundary between the halves of a surrogate pair", () => {
  it("is found between the halves of every pair, at the edges of both ranges", () => {
    for (const high of [0xd800, 0xdbff]) {
      for (const low of [0xdc00, 0xdfff]) {
        expect(splitsSurrogatePair(`a${pair(high, low)}b`, 2)).toBe(true);
      }
    }
    expect(splitsSurrogatePair("x😀y", 2)).toBe(true);
  });

  it("is not found before or after a pair, or at the ends of the text", () => {
    const text = `a${pair(0xd83d, 0xde00)}b`;
    expect([0, 1, 3, 4].map((offset) => splitsSurrogatePair(text, offset))).toEqual([false, false, false, false]);
    // A text that is one pair: its ends are never inside it.
    expect(splitsSurrogatePair(pair(0xd83d, 0xde00), 0)).toBe(false);
    expect(splitsSurrogatePair(pair(0xd83d, 0xde00), 2)).toBe(false);
  });

  it("is not found beside code units just outside the surrogate ranges", () => {
    // 0xd7ff is below the high range, 0xdc00–0xdfff are low halves (not high), 0xe000 is above the low range.
    expect(splitsSurrogatePair(String.fromCharCode(0xd7ff, 0xdc00), 1)).toBe(false);
    expect(splitsSurrogatePair(String.fromCharCode(0xdc00, 0xdc00), 1)).toBe(false);
    expect(splitsSurrogatePair(String.fromCharCode(0xd800, 0xdbff), 1)).toBe(false);
    expect(splitsSurrogatePair(String.fromCharCode(0xd800, 0xe000), 1)).toBe(false);
    expect(splitsSurrogatePair(String.fromCharCode(0xd800, 0x0041), 1)).toBe(false);
  });

  it("is not found past the text's end", () => {
    const lone = String.fromCharCode(0xd800);
    expect(splitsSurrogatePair(lone, 1)).toBe(false);
    expect(splitsSurrogatePair(`${lone}`, 5)).toBe(false);
  });
});
