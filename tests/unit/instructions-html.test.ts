import { describe, expect, it } from "vitest";
import { instructionsHtml } from "@/lib/classroom/instructions-html";

describe("assignment instructions rendered from Markdown", () => {
  it("renders emphasis, lists and links", () => {
    const html = instructionsHtml("Find the **main claim**.\n\n- one\n- two\n\n[notes](https://example.org/a)");
    expect(html).toContain("<strong>main claim</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer" target="_blank">notes</a>');
  });

  it("writes raw HTML as text and drops script links", () => {
    const html = instructionsHtml(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))',
    );
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain("&lt;script&gt;");
  });
});
