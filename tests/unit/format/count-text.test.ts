import { describe, expect, it } from "vitest";
import { countText } from "@/lib/format/count-text";

describe("countText", () => {
  it("writes counts as toLocaleString('en') does, without Intl", () => {
    for (const n of [0, 1, 12, 999, 1_000, 1_500, 12_345, 999_999, 1_000_000, 1_234_567_890, -1, -1_500, -999])
      expect(countText(n)).toBe(n.toLocaleString("en"));
  });
});
