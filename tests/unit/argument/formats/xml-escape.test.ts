import { describe, expect, it } from "vitest";
import { escapeXml } from "@/lib/argument/formats/xml-escape";

describe("escapeXml", () => {
  it("escapes markup characters and both quotes", () => {
    expect(escapeXml(`a < b & "c" > 'd'`)).toBe("a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;");
  });

  it("keeps tab, line feed and carriage return as character references", () => {
    expect(escapeXml("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });

  it("drops characters XML 1.0 cannot hold, keeping astral ones", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe\uD800f\uDC00g😀")).toBe("abcdefg😀");
  });
});
