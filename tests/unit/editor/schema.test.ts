import { JSDOM } from "jsdom";
import { baseKeymap } from "prosemirror-commands";
import { DOMParser, DOMSerializer, Fragment, Slice } from "prosemirror-model";
import type { Mark, Node as ProseMirrorNode } from "prosemirror-model";
import { EditorState, NodeSelection, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { safeHref } from "../../../lib/editor/safe-href";
import { schema } from "../../../lib/editor/schema";

function render(content: ProseMirrorNode | Fragment): string {
  const { window } = new JSDOM("");
  const container = window.document.createElement("div");
  const serializer = DOMSerializer.fromSchema(schema);
  container.append(serializer.serializeFragment(Fragment.from(content), { document: window.document }));
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
    expect(safeHref(42)).toBeNull();
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
    const notAString = { type: schema.marks.link, attrs: { href: ["https://a.test"] } } as unknown as Mark;
    expect(schema.marks.link.spec.toDOM?.(notAString, true)).toEqual(["a", { rel: "noopener noreferrer nofollow" }, 0]);
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

describe("safeHref, read the way a browser reads a scheme", () => {
  it("finds a scheme only at the start, made of a letter then letters, digits, + - .", () => {
    expect(safeHref("x-y.z+w:payload")).toBeNull();
    expect(safeHref("j:x")).toBeNull();
    expect(safeHref("1x:y")).toBe("1x:y");
    expect(safeHref("-x:y")).toBe("-x:y");
    expect(safeHref("page?next=javascript:x")).toBe("page?next=javascript:x");
  });

  it("ignores only control characters and spaces when reading the scheme", () => {
    expect(safeHref("jav\u0001a\u007fscript:x")).toBeNull();
    expect(safeHref("java script:x")).toBeNull();
    expect(safeHref("http\u0000s://a.test")).toBe("http\u0000s://a.test");
    expect(safeHref("ja\u00e9va:x")).toBe("ja\u00e9va:x");
    expect(safeHref("ja/va:x")).toBe("ja/va:x");
  });
});

/** A document with every node and mark of the schema, and its body as HTML. */
function everyNode(): { doc: ProseMirrorNode; bodyHtml: string } {
  const { nodes, marks } = schema;
  const p = (...content: ProseMirrorNode[]) => nodes.paragraph.create(null, content);
  const item = (...content: ProseMirrorNode[]) => nodes.list_item.create(null, content);
  const doc = docOf(
    p(
      schema.text("plain "),
      schema.text("em", [marks.em.create()]),
      schema.text("strong", [marks.strong.create()]),
      schema.text("code", [marks.code.create()]),
      schema.text("link", [marks.link.create({ href: "https://a.test/" })]),
      nodes.hard_break.create(),
      schema.text("after"),
    ),
    nodes.heading.create({ level: 1 }, schema.text("h1")),
    nodes.heading.create({ level: 2 }, schema.text("h2")),
    nodes.heading.create({ level: 3 }, schema.text("h3")),
    nodes.bullet_list.create(null, [
      item(p(schema.text("b1")), nodes.ordered_list.create(null, item(p(schema.text("o1"))))),
      item(p(schema.text("b2"))),
    ]),
    nodes.ordered_list.create({ order: 3 }, item(p(schema.text("o3")))),
    nodes.blockquote.create(null, [p(schema.text("q")), nodes.byline.create(null, p(schema.text("cited")))]),
    nodes.code_block.create(null, schema.text("  a\n\tb  ")),
    nodes.horizontal_rule.create(),
    nodes.byline.create(null, [p(schema.text("AB")), p(schema.text("Ann Bee"))]),
  );
  const bodyHtml =
    '<p>plain <em>em</em><strong>strong</strong><code>code</code><a href="https://a.test/" rel="noopener noreferrer nofollow">link</a><br>after</p>' +
    "<h2>h1</h2><h3>h2</h3><h4>h3</h4>" +
    "<ul><li><p>b1</p><ol><li><p>o1</p></li></ol></li><li><p>b2</p></li></ul>" +
    '<ol start="3"><li><p>o3</p></li></ol>' +
    '<blockquote><p>q</p><footer class="byline" aria-label="About the author"><p>cited</p></footer></blockquote>' +
    "<pre><code>  a\n\tb  </code></pre>" +
    "<hr>" +
    '<footer class="byline" aria-label="About the author"><p>AB</p><p>Ann Bee</p></footer>';
  return { doc, bodyHtml };
}

function bodyOf(doc: ProseMirrorNode): Fragment {
  return doc.content.cut(doc.child(0).nodeSize);
}

function firstNode(fragment: Fragment, name: string): ProseMirrorNode | undefined {
  let found: ProseMirrorNode | undefined;
  fragment.descendants((node) => {
    if (found === undefined && node.type.name === name) found = node;
    return found === undefined;
  });
  return found;
}

describe("schema: DOM round trip", () => {
  it("a document holding every node and mark is valid and renders as documented", () => {
    const { doc, bodyHtml } = everyNode();
    expect(() => doc.check()).not.toThrow();
    expect(render(doc.content)).toBe(`<h1>T</h1>${bodyHtml}`);
  });

  it("its rendered body parses back to the same body", () => {
    const { doc, bodyHtml } = everyNode();
    const parsed = parse(bodyHtml);
    expect(parsed.toString()).toBe(bodyOf(doc).toString());
    expect(parsed.eq(bodyOf(doc))).toBe(true);
  });

  it("a numbered list starting at 1 renders no start, and a list without a usable start starts at 1", () => {
    const item = schema.nodes.list_item.create(null, schema.nodes.paragraph.create(null, schema.text("i")));
    expect(render(schema.nodes.ordered_list.create(null, item))).toBe("<ol><li><p>i</p></li></ol>");
    expect(render(schema.nodes.ordered_list.create({ order: 0 }, item))).toBe('<ol start="0"><li><p>i</p></li></ol>');
    const orders = ["<ol><li>a</li></ol>", '<ol start="x"><li>a</li></ol>', '<ol start="-2"><li>a</li></ol>'].map(
      (html) => firstNode(parse(html), "ordered_list")?.attrs.order,
    );
    expect(orders).toEqual([1, 1, -2]);
  });

  it("refuses a numbered list whose start is not a number, and defaults a heading to level 1", () => {
    expect(() => schema.nodes.ordered_list.create({ order: "3" })).toThrow(RangeError);
    expect(schema.nodes.heading.create().attrs.level).toBe(1);
    expect(() => schema.nodes.heading.create({ level: 0 })).toThrow("Invalid heading level 0");
  });

  it("parses each <li> as an item of its own, even an empty one", () => {
    const items = [
      "<ul><li></li><li>b</li></ul>",
      "<ul><li><p>a</p></li><li><blockquote><p>q</p></blockquote></li></ul>",
    ].map((html) => firstNode(parse(html), "bullet_list")?.childCount);
    expect(items).toEqual([2, 2]);
  });

  it("parses <address> as a byline and <pre> keeping every space", () => {
    expect(parse("<address><p>By A</p></address>").toString()).toBe('<byline(paragraph("By A"))>');
    expect(parse("<pre>  x\n\n  y </pre>").toString()).toBe('<code_block("  x\\n\\n  y ")>');
  });

  it("reads <i>, <em> and font-style:italic as emphasis", () => {
    const html =
      '<p><i>a</i> <em>b</em> <span style="font-style:italic">c</span> <span style="font-style:normal">d</span></p>';
    expect(marked(parse(html), "em")).toEqual(["a", "b", "c"]);
  });

  it("reads <code> in a paragraph as the code mark", () => {
    expect(marked(parse("<p>a <code>b</code></p>"), "code")).toEqual(["b"]);
  });
});

describe("schema: behaviour in the editor", () => {
  it("a link's href must be exactly a safe URL, and a string", () => {
    expect(() => schema.marks.link.create({ href: " https://a.test" })).toThrow("Link href is not a safe URL");
    expect(() => schema.marks.link.create({ href: 42 })).toThrow(RangeError);
    expect(() => schema.marks.link.create({})).toThrow(RangeError);
  });

  it("typing after a link does not extend it, while bold and emphasis carry on", () => {
    const strong = schema.marks.strong.create();
    const link = schema.marks.link.create({ href: "/x" });
    const doc = docOf(schema.nodes.paragraph.create(null, [schema.text("a", [strong, link])]));
    const end = doc.resolve(doc.child(0).nodeSize + 2);
    expect(end.marks().map((mark) => mark.type.name)).toEqual(["strong"]);
  });

  it("a line break reads as a newline and cannot be selected as a node", () => {
    const br = schema.nodes.hard_break.create();
    const paragraph = schema.nodes.paragraph.create(null, [schema.text("a"), br, schema.text("b")]);
    expect(paragraph.textContent).toBe("a\nb");
    expect(NodeSelection.isSelectable(br)).toBe(false);
    expect(NodeSelection.isSelectable(schema.nodes.horizontal_rule.create())).toBe(true);
  });

  it("Enter in a code block adds a newline to it instead of splitting it", () => {
    const doc = docOf(schema.nodes.code_block.create(null, schema.text("ab")));
    const inside = doc.child(0).nodeSize + 2;
    let state = EditorState.create({ doc, selection: TextSelection.create(doc, inside) });
    expect(baseKeymap.Enter(state, (tr) => (state = state.apply(tr)))).toBe(true);
    expect(bodyOf(state.doc).toString()).toBe('<code_block("a\\nb")>');
  });
});

describe("schema: pasting over whole blocks", () => {
  const paragraph = (text: string) => schema.nodes.paragraph.create(null, schema.text(text));
  const item = (text: string) => schema.nodes.list_item.create(null, paragraph(text));

  /** Replaces the whole text of the first textblock in `block` (a doc's second child) with `slice`. */
  function pasteOverText(block: ProseMirrorNode, slice: Slice): string {
    const doc = docOf(block, paragraph("after"));
    let from = -1;
    let to = -1;
    doc.descendants((node, pos) => {
      if (from < 0 && node.isTextblock && node.type.name !== "title")
        [from, to] = [pos + 1, pos + 1 + node.content.size];
      return from < 0;
    });
    return bodyOf(EditorState.create({ doc }).tr.replaceRange(from, to, slice).doc).toString();
  }

  /** Pastes `slice` over the whole text of a paragraph. */
  function pasteIntoParagraph(slice: Slice): string {
    const doc = docOf(paragraph("abc"));
    const from = doc.child(0).nodeSize + 1;
    return bodyOf(EditorState.create({ doc }).tr.replaceRange(from, from + 3, slice).doc).toString();
  }

  const textOf = (node: ProseMirrorNode, depth: number) => new Slice(Fragment.from(node), depth, depth);

  it("a heading, a code block and the title keep their type when their whole text is replaced", () => {
    const pasted = textOf(paragraph("xyz"), 1);
    expect(pasteOverText(schema.nodes.heading.create({ level: 2 }, schema.text("abc")), pasted)).toBe(
      '<heading("xyz"), paragraph("after")>',
    );
    expect(pasteOverText(schema.nodes.code_block.create(null, schema.text("abc")), pasted)).toBe(
      '<code_block("xyz"), paragraph("after")>',
    );
    const doc = docOf(paragraph("p"));
    const retitled = EditorState.create({ doc }).tr.replaceRange(1, 2, pasted).doc;
    expect(retitled.toString()).toBe('doc(title("xyz"), paragraph("p"))');
  });

  it("a list item, a quotation and a byline stay around what is pasted over their whole text", () => {
    const list = schema.nodes.bullet_list.create(null, [item("abc"), item("b")]);
    expect(pasteOverText(list, textOf(schema.nodes.blockquote.create(null, paragraph("xyz")), 0))).toBe(
      '<bullet_list(list_item(paragraph, blockquote(paragraph("xyz"))), list_item(paragraph("b"))), paragraph("after")>',
    );
    const quote = schema.nodes.blockquote.create(null, paragraph("abc"));
    expect(pasteOverText(quote, textOf(schema.nodes.heading.create(null, schema.text("xyz")), 0))).toBe(
      '<blockquote(heading("xyz")), paragraph("after")>',
    );
    const byline = schema.nodes.byline.create(null, paragraph("abc"));
    expect(pasteOverText(byline, textOf(paragraph("xyz"), 0))).toBe('<byline(paragraph("xyz")), paragraph("after")>');
  });

  it("the whole text of a heading, quotation, byline, list or code block pasted into a paragraph comes with its block", () => {
    expect(pasteIntoParagraph(textOf(schema.nodes.heading.create({ level: 2 }, schema.text("hh")), 1))).toBe(
      '<heading("hh")>',
    );
    expect(pasteIntoParagraph(textOf(schema.nodes.blockquote.create(null, paragraph("qq")), 2))).toBe(
      '<blockquote(paragraph("qq"))>',
    );
    expect(pasteIntoParagraph(textOf(schema.nodes.byline.create(null, paragraph("bb")), 2))).toBe(
      '<byline(paragraph("bb"))>',
    );
    expect(pasteIntoParagraph(textOf(schema.nodes.bullet_list.create(null, item("ll")), 3))).toBe(
      '<bullet_list(list_item(paragraph("ll")))>',
    );
    expect(pasteIntoParagraph(textOf(schema.nodes.code_block.create(null, schema.text("cc")), 1))).toBe(
      '<code_block("cc")>',
    );
  });
});
