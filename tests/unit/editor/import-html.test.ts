import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import type { Node as ProseMirrorNode } from "prosemirror-model";
import { DOMSerializer } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { EMPTY_INPUT, ImportError, NOTHING_TO_READ } from "../../../lib/editor/import-error";
import { importHtml } from "../../../lib/editor/import-html";
import { schema } from "../../../lib/editor/schema";
import { nodesOfType, outline } from "./outline";

const hostilePage = readFileSync(new URL("../../fixtures/editor/hostile-page.html", import.meta.url), "utf8");

function serialise(doc: ProseMirrorNode): string {
  const { window } = new JSDOM("");
  const container = window.document.createElement("div");
  container.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document: window.document }));
  const html = container.innerHTML;
  window.close();
  return html;
}

describe("importHtml on a hostile page", () => {
  const { title, doc } = importHtml(hostilePage);
  const json = JSON.stringify(doc.toJSON());
  const html = serialise(doc);

  it("takes the article's single <h1> as the title, once", () => {
    expect(title).toBe("Real Headline");
    expect(nodesOfType(doc, "heading").map((heading) => heading.textContent)).not.toContain("Real Headline");
  });

  it("maps the article's content onto the schema", () => {
    expect(outline(doc)).toEqual([
      "title: Real Headline",
      "p: Hello bold, italic, code, link one, link two, link three, link four, safe link and relative link.\nAfter a break.",
      "h1: Section Two",
      "h2: Sub Three",
      "h3: Deep Four",
      "h3: Deepest Six",
      "ul: one | two emphasised",
      "ol(3): three | four",
      "pre:   aligned   text\n\ttabbed line",
      "quote: Quoted words.",
      "horizontal_rule",
      "byline: Jane Doe | Jane writes about things.",
    ]);
  });

  it("keeps only safe links", () => {
    const hrefs = nodesOfType(doc, "text").flatMap((text) =>
      text.marks.filter((mark) => mark.type.name === "link").map((mark) => String(mark.attrs.href)),
    );
    expect(hrefs).toEqual(["https://example.com/x", "/relative#part"]);
  });

  it("lets nothing outside the schema into the document", () => {
    for (const banned of [
      "alert",
      "script",
      "onclick",
      "onerror",
      "onload",
      "iframe",
      "framed",
      "fallback",
      "secret",
      "Send it",
    ]) {
      expect(json).not.toContain(banned);
    }
    for (const banned of [
      "style",
      "font-size",
      "lede",
      "target",
      "svg text",
      "hidden text",
      "an image",
      "Home",
      "Site footer",
    ]) {
      expect(json).not.toContain(banned);
    }
  });

  it("re-serialises to nothing but the schema's own markup", () => {
    expect(html).not.toMatch(
      /alert|javascript|<script|<style|<iframe|<form|<input|<button|<img|<svg|\son\w+=|style=/iu,
    );
    const tags = new Set(Array.from(html.matchAll(/<([a-z0-9]+)/gu), (match) => match[1]));
    expect([...tags].sort()).toEqual(
      [
        "a",
        "blockquote",
        "br",
        "code",
        "em",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "strong",
        "ul",
      ].sort(),
    );
    const attributes = new Set(Array.from(html.matchAll(/\s([a-z-]+)="/gu), (match) => match[1]));
    expect([...attributes].sort()).toEqual(["aria-label", "class", "href", "rel", "start"]);
    expect(html).toContain('<a href="https://example.com/x" rel="noopener noreferrer nofollow">safe link</a>');
    expect(html).toContain('<footer class="byline" aria-label="About the author">');
  });
});

describe("importHtml titles", () => {
  it("uses <title> when the content has several <h1>s, and drops the <h1> repeating it", () => {
    const { doc } = importHtml("<title>Page</title><h1>Page</h1><p>a</p><h1>Part</h1><p>b</p>");
    expect(outline(doc)).toEqual(["title: Page", "p: a", "h1: Part", "p: b"]);
  });

  it("falls back to the first <h1>, then to Untitled", () => {
    expect(outline(importHtml("<h1>First</h1><p>a</p><h1>Second</h1>").doc)).toEqual([
      "title: First",
      "p: a",
      "h1: Second",
    ]);
    expect(importHtml("<p>No heading here.</p>").title).toBe("Untitled");
  });

  it("uses a given title, dropping an <h1> that repeats it", () => {
    expect(outline(importHtml("<h1>Given</h1><p>a</p>", { title: "Given" }).doc)).toEqual(["title: Given", "p: a"]);
    expect(outline(importHtml("<h1>Other</h1><p>a</p>", { title: "Given" }).doc)).toEqual([
      "title: Given",
      "h1: Other",
      "p: a",
    ]);
  });

  it("shortens a long <title> to 200 characters", () => {
    const { title, doc } = importHtml(`<title>${"word ".repeat(100)}</title><h1>a</h1><h1>b</h1>`);
    expect(title).toHaveLength(200);
    expect(title.endsWith("word…")).toBe(true);
    expect(doc.child(0).textContent).toBe(title);
  });
});

describe("importHtml errors", () => {
  it("throws ImportError on empty input and on markup with nothing to read", () => {
    expect(() => importHtml("")).toThrow(ImportError);
    expect(() => importHtml("  \n ")).toThrow(EMPTY_INPUT);
    expect(() => importHtml("<script>alert(1)</script><style>p{}</style>")).toThrow(NOTHING_TO_READ);
    expect(() => importHtml("<form><button>Go</button></form>", { title: "Given" })).toThrow(NOTHING_TO_READ);
  });

  it("produces schema-valid documents from malformed markup", () => {
    for (const html of [
      "<li>loose item",
      "<p>a<ul><li>b</p>",
      "<h2><p>x</p></h2>",
      "<pre><b>y</b></pre>",
      "<td>cell</td>",
    ]) {
      expect(() => importHtml(html).doc.check()).not.toThrow();
    }
  });
});
