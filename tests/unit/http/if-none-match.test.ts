import { describe, expect, it } from "vitest";
import { ifNoneMatchHits } from "@/lib/http/if-none-match.mjs";

// RFC 9110 §13.1.2: If-None-Match compares weakly, lists tags with commas, and "*" matches any.
describe("ifNoneMatchHits", () => {
  const tag = 'W/"abc123"';

  it("hits the same tag, weak or strong", () => {
    expect(ifNoneMatchHits('W/"abc123"', tag)).toBe(true);
    expect(ifNoneMatchHits('"abc123"', tag)).toBe(true);
  });

  it("hits one tag of a list", () => {
    expect(ifNoneMatchHits('"zzz", W/"abc123" ,"yyy"', tag)).toBe(true);
  });

  it("misses another tag, a prefix of it, an absent header and a malformed one", () => {
    expect(ifNoneMatchHits('W/"abc124"', tag)).toBe(false);
    expect(ifNoneMatchHits('W/"abc12"', tag)).toBe(false);
    expect(ifNoneMatchHits(null, tag)).toBe(false);
    expect(ifNoneMatchHits("abc123", tag)).toBe(false);
  });

  it("hits * (any current representation)", () => {
    expect(ifNoneMatchHits("*", tag)).toBe(true);
  });
});
