import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

const FALLBACK = "/documents";

describe("safeCallbackUrl", () => {
  it.each([
    ["/documents/abc", "/documents/abc"],
    ["/documents?tab=maps#map-1", "/documents?tab=maps#map-1"],
    ["/groups", "/groups"],
    ["/invites/x%2Fy", "/invites/x%2Fy"],
  ])("keeps the path %s on this site", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it.each([
    ["tab inside the slashes", "/\t/evil.example"],
    ["newline inside the slashes", "/\n/evil.example"],
    ["carriage return inside the slashes", "/\r/evil.example"],
    ["leading tab", "\t//evil.example"],
    ["leading space", " //evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/documents"],
    ["backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["backslash then slash", "\\/evil.example"],
    ["slash, tab, backslash", "/\t\\evil.example"],
    ["dot segment that leaves two slashes", "/.//evil.example"],
    ["dot-dot segment that leaves two slashes", "/x/..//evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["scheme-relative with credentials", "//user@evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["javascript: with a tab", "java\tscript:alert(1)"],
    ["JavaScript: in capitals", "JaVaScRiPt:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["relative path", "documents"],
    ["empty", ""],
  ])("refuses %s", (_, value) => {
    expect(safeCallbackUrl(value)).toBe(FALLBACK);
  });

  it.each([
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["encoded slash and backslash", "/%2F%5Cevil.example"],
    ["encoded tab", "/%09/evil.example"],
  ])("keeps %s as a path on this site, still encoded", (_, value) => {
    const result = safeCallbackUrl(value);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(result).not.toContain("\\");
    expect(new URL(result, "https://warrant.example.org").origin).toBe("https://warrant.example.org");
  });

  it("takes the first of repeated parameters and refuses none", () => {
    expect(safeCallbackUrl(["/groups", "//evil.example"])).toBe("/groups");
    expect(safeCallbackUrl(["//evil.example", "/groups"])).toBe(FALLBACK);
    expect(safeCallbackUrl(undefined)).toBe(FALLBACK);
  });

  it("returns something that resolves to this site whatever base it is resolved against", () => {
    for (const value of ["/\t/evil.example", "/a/../b", "/%2e%2e/x", "/ok?next=//evil.example"]) {
      const result = safeCallbackUrl(value);
      for (const base of ["http://localhost:3000", "https://warrant.example.org/documents/x"]) {
        expect(new URL(result, base).origin).toBe(new URL(base).origin);
      }
    }
  });
});
