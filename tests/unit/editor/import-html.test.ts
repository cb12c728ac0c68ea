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

// Imported inside each test, not once for the describe block: an import
// run while the tests are being collected is invisible to per-test
// coverage, so mutation testing could not tell which tests exercise it.
describe("importHtml on a hostile page", () => {
  it("takes the article's single <h1> as the title, once", () => {
    const { title, doc } = importHtml(hostilePage);
    expect(title).toBe("Real Headline");
    expect(nodesOfType(doc, "heading").map((heading) => heading.textContent)).not.toContain("Real Headline");
  });

  it("maps the article's content onto the schema", () => {
    const { doc } = importHtml(hostilePage);
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
    const { doc } = importHtml(hostilePage);
    const hrefs = nodesOfType(doc, "text").flatMap((text) =>
      text.marks.filter((mark) => mark.type.name === "link").map((mark) => String(mark.attrs.href)),
    );
    expect(hrefs).toEqual(["https://example.com/x", "/relative#part"]);
  });

  it("lets nothing outside the schema into the document", () => {
    const json = JSON.stringify(importHtml(hostilePage).doc.toJSON());
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
    const html = serialise(importHtml(hostilePage).doc);
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

describe("importHtml content", () => {
  it("removes scripts, embeds, controls, media, navigation and hidden elements with their text", () => {
    const removed = [
      "<script>gone</script>",
      "<style>gone</style>",
      "<template><p>gone</p></template>",
      "<noscript><p>gone</p></noscript>",
      "<iframe>gone</iframe>",
      "<frame>",
      "<object><p>gone</p></object>",
      "<embed src='x'>",
      "<form><p>gone</p></form>",
      "<button>gone</button>",
      "<input value='gone'>",
      "<select><option>gone</option></select>",
      "<textarea>gone</textarea>",
      "<svg><text>gone</text></svg>",
      "<math><mi>gone</mi></math>",
      "<canvas>gone</canvas>",
      "<audio>gone</audio>",
      "<video>gone</video>",
      "<nav>gone</nav>",
      "<p hidden>gone</p>",
      "<div aria-hidden='true'>gone</div>",
    ];
    for (const element of removed) {
      expect([element, outline(importHtml(`<p>Kept.</p>${element}<p>Also kept.</p>`).doc)]).toEqual([
        element,
        ["title: Untitled", "p: Kept.", "p: Also kept."],
      ]);
    }
  });

  it("keeps an element that is only labelled, not hidden, from assistive technology", () => {
    expect(outline(importHtml("<div aria-hidden='false'><p>Shown.</p></div>").doc)).toEqual([
      "title: Untitled",
      "p: Shown.",
    ]);
  });

  it("keeps the text that opens the content in the body, not in a title of the parser's own", () => {
    expect(outline(importHtml("<p>Opening words.</p><p>More.</p>").doc)).toEqual([
      "title: Untitled",
      "p: Opening words.",
      "p: More.",
    ]);
    expect(outline(importHtml("Loose opening text").doc)).toEqual(["title: Untitled", "p: Loose opening text"]);
  });

  it("reads a page's only <article>, leaving out the site around it", () => {
    const page = "<header><p>Site name</p></header><main><article><p>Story.</p></article><p>Related.</p></main>";
    expect(outline(importHtml(page).doc)).toEqual(["title: Untitled", "p: Story."]);
  });

  it("reads <main> when the page holds several articles, and the body when it has no <main> either", () => {
    const articles = "<article><p>One.</p></article><article><p>Two.</p></article>";
    expect(outline(importHtml(`<p>Site.</p><main>${articles}</main><p>Footer.</p>`).doc)).toEqual([
      "title: Untitled",
      "p: One.",
      "p: Two.",
    ]);
    expect(outline(importHtml(`<p>Site.</p>${articles}`).doc)).toEqual([
      "title: Untitled",
      "p: Site.",
      "p: One.",
      "p: Two.",
    ]);
    expect(outline(importHtml("<p>Site.</p><main><p>Main.</p></main>").doc)).toEqual(["title: Untitled", "p: Main."]);
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

  it("prefers the content's single <h1> to a <title> suffixed with the site's name", () => {
    const { title, doc } = importHtml("<title>Headline | Site</title><h1>Headline</h1><p>a</p>");
    expect(title).toBe("Headline");
    expect(outline(doc)).toEqual(["title: Headline", "p: a"]);
  });

  it("names a page of several <h1>s by its <title>, keeping every <h1> that differs from it", () => {
    expect(outline(importHtml("<title>Page</title><h1>One</h1><p>a</p><h1>Two</h1>").doc)).toEqual([
      "title: Page",
      "h1: One",
      "p: a",
      "h1: Two",
    ]);
  });

  it("passes over a single empty <h1> for the <title>", () => {
    expect(importHtml("<title>Named</title><h1> </h1><p>a</p>").title).toBe("Named");
  });

  it("compares an <h1> with the title with its whitespace collapsed", () => {
    expect(outline(importHtml("<h1>\n  Given \n\t Title  </h1><p>a</p>", { title: "Given Title" }).doc)).toEqual([
      "title: Given Title",
      "p: a",
    ]);
    expect(importHtml("<title>x</title><h1> Spaced \n  Headline </h1><p>a</p>").title).toBe("Spaced Headline");
  });

  it("accepts a page whose only text is an <h1> repeating the given title", () => {
    expect(outline(importHtml("<h1>Given</h1>", { title: "Given" }).doc)).toEqual(["title: Given", "p: "]);
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
