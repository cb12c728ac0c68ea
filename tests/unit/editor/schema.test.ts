import { JSDOM } from "jsdom";
import { DOMParser, DOMSerializer } from "prosemirror-model";
import type { Fragment, Mark, Node as ProseMirrorNode } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { safeHref } from "../../../lib/editor/safe-href";
import { schema } from "../../../lib/editor/schema";

function render(node: ProseMirrorNode): string {
  const { window } = new JSDOM("");
  const container = window.document.createElement("div");
  container.append(DOMSerializer.fromSchema(schema).serializeNode(node, { document: window.document }));
  const html = container.innerHTML;
  window.close();
  return html;
}

// Parses body content the way the importers and paste do: as blocks, not
// as a whole document (the title has no parse rule; importers set it).
function parse(html: string): Fragment {
  const { window } = new JSDOM(`<body>${html}</body>`);
  const { content } = DOMParser.fromSchema(schema).parseSlice(window.document.body);
  window.close();
  return content;
}

function paragraphWithLink(href: string): ProseMirrorNode {
  return schema.nodes.paragraph.create(null, schema.text("x", [schema.marks.link.create({ href })]));
}

function docOf(...blocks: ProseMirrorNode[]): ProseMirrorNode {
  return schema.nodes.doc.create(null, [schema.nodes.title.create(null, schema.text("T")), ...blocks]);
}

/** The text of each run carrying mark `name`, in order. */
function marked(fragment: Fragment, name: string): string[] {
  const runs: string[] = [];
  fragment.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === name)) runs.push(node.text ?? "");
  });
  return runs;
}

describe("safeHref", () => {
  it("allows http, https, mailto and relative references", () => {
    for (const href of [
      "https://a.test/x?y#z",
      "HTTP://A.TEST",
      "mailto:a@b.test",
      "/p",
      "p/q",
      "../r",
      "#frag",
      "?q=1",
      "//host/p",
      "a/b:c",
    ]) {
      expect(safeHref(href)).toBe(href);
    }
    expect(safeHref("  https://a.test  ")).toBe("https://a.test");
  });

  it("refuses every other scheme, however disguised, and empty hrefs", () => {
    for (const href of [
      "javascript:alert(1)",
      "JavaScript:x",
      " javascript:x",
      "java\nscript:x",
      "java\tscript:x",
      "\u0000javascript:x",
      "data:text/html,x",
      "vbscript:x",
      "file:///etc/passwd",
      "blob:x",
      "ftp://a",
      "",
      "   ",
    ]) {
      expect(safeHref(href)).toBeNull();
    }
    expect(safeHref(null)).toBeNull();
  });
});

describe("schema", () => {
  it("requires a title first and at least one block", () => {
    expect(() => schema.nodes.doc.create(null, [schema.nodes.paragraph.create()]).check()).toThrow(RangeError);
    expect(() => schema.nodes.doc.create(null, [schema.nodes.title.create()]).check()).toThrow(RangeError);
    expect(() => docOf(schema.nodes.paragraph.create()).check()).not.toThrow();
  });

  it("renders the title as <h1> and headings one level down", () => {
    expect(render(schema.nodes.title.create(null, schema.text("T")))).toBe("<h1>T</h1>");
    expect([1, 2, 3].map((level) => render(schema.nodes.heading.create({ level }, schema.text("H"))))).toEqual([
      "<h2>H</h2>",
      "<h3>H</h3>",
      "<h4>H</h4>",
    ]);
    expect(() => docOf(schema.nodes.heading.create({ level: 4 })).check()).toThrow(RangeError);
  });

  it("parses h1–h6 onto levels 1, 1, 2, 3, 3, 3 so rendered headings parse back to their level", () => {
    const doc = parse("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>");
    const levels: number[] = [];
    doc.descendants((node) => {
      if (node.type.name === "heading") levels.push(Number(node.attrs.level));
    });
    expect(levels).toEqual([1, 1, 2, 3, 3, 3]);
  });

  it("renders code blocks, bylines, ordered lists and links as documented", () => {
    expect(render(schema.nodes.code_block.create(null, schema.text("  a\n\tb")))).toBe(
      "<pre><code>  a\n\tb</code></pre>",
    );
    expect(render(schema.nodes.byline.create(null, schema.nodes.paragraph.create(null, schema.text("By A B"))))).toBe(
      '<footer class="byline" aria-label="About the author"><p>By A B</p></footer>',
    );
    const item = schema.nodes.list_item.create(null, schema.nodes.paragraph.create(null, schema.text("i")));
    expect(render(schema.nodes.ordered_list.create({ order: 4 }, item))).toBe('<ol start="4"><li><p>i</p></li></ol>');
    expect(render(paragraphWithLink("https://a.test"))).toBe(
      '<p><a href="https://a.test" rel="noopener noreferrer nofollow">x</a></p>',
    );
  });

  it("refuses to create a link with an unsafe href, from the API or from JSON", () => {
    expect(() => schema.marks.link.create({ href: "javascript:alert(1)" })).toThrow(RangeError);
    expect(() => schema.marks.link.create({ href: "data:text/html,x" })).toThrow(RangeError);
    const json = {
      type: "paragraph",
      content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
    };
    expect(() => schema.nodeFromJSON(json)).toThrow(RangeError);
    expect(() => docOf(paragraphWithLink("/safe")).check()).not.toThrow();
  });

  it("renders no href for a forged link mark with an unsafe one", () => {
    const forged = { type: schema.marks.link, attrs: { href: "javascript:alert(1)" } } as unknown as Mark;
    expect(schema.marks.link.spec.toDOM?.(forged, true)).toEqual(["a", { rel: "noopener noreferrer nofollow" }, 0]);
  });

  it("parses unsafe links as plain text", () => {
    const doc = parse(
      '<p><a href="javascript:alert(1)">a</a> <a href="data:x">b</a> <a href="https://ok.test">c</a></p>',
    );
    const hrefs: string[] = [];
    doc.descendants((node) => {
      for (const mark of node.marks) if (mark.type.name === "link") hrefs.push(String(mark.attrs.href));
    });
    expect(hrefs).toEqual(["https://ok.test"]);
    expect(doc.textBetween(0, doc.size)).toBe("a b c");
  });

  it("reads <b style=font-weight:normal> as not bold", () => {
    expect(marked(parse('<p><b style="font-weight:normal">plain</b> <b>bold</b></p>'), "strong")).toEqual(["bold"]);
  });

  it("reads bold font weights as strong, and weight 400 as ending an enclosing strong", () => {
    const weights = ["bold", "bolder", "500", "600.5", "999", "1000", "normal", "lighter", "100", "499", "var(--bold)"];
    const html = `<p>${weights.map((w) => `<span style="font-weight:${w}">${w}</span>`).join(" ")}</p>`;
    expect(marked(parse(html), "strong")).toEqual(["bold", "bolder", "500", "600.5", "999", "1000"]);
    const cleared = parse('<p><em><strong>a<span style="font-weight:400">b</span></strong></em></p>');
    expect(marked(cleared, "strong")).toEqual(["a"]);
    expect(marked(cleared, "em")).toEqual(["a", "b"]);
  });
});
