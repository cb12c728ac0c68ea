import { JSDOM } from "jsdom";
import { DOMParser as ProseMirrorDOMParser } from "prosemirror-model";
import type { Node as ProseMirrorNode } from "prosemirror-model";
import { buildDocument } from "./build-document";
import { TOO_DEEP } from "./document-depth";
import { requestedTitle } from "./document-title";
import { isHtmlTooDeep } from "./html-depth";
import { EMPTY_INPUT, ImportError } from "./import-error";
import type { ImportedDocument, ImportOptions } from "./imported-document";
import { schema } from "./schema";

// HTML is made safe by construction: the schema's parse rules are the
// only way into the document, and they read nothing but text, structure,
// the href of a safe link, a heading's level and a list's start. No
// attribute, style or element outside the schema can survive. Removing
// elements beforehand is about text, not safety: the text inside a
// script, a form's buttons or a navigation menu is not the article's.
const NOT_CONTENT = [
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "frame",
  "object",
  "embed",
  "form",
  "button",
  "input",
  "select",
  "textarea",
  "svg",
  "math",
  "canvas",
  "audio",
  "video",
  "nav",
  "[hidden]",
  "[aria-hidden='true']",
].join(", ");

const parser = ProseMirrorDOMParser.fromSchema(schema);

// Parse the body as the doc's content after its title, so the parser does
// not invent an empty title of its own.
const afterTitle = schema.topNodeType.contentMatch.matchType(schema.nodes.title) ?? undefined;

function collapsed(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/gu, " ").trim();
}

// A page holding exactly one <article> is that article plus the site
// around it; otherwise <main>, otherwise the whole body.
function contentRoot(document: Document): Element {
  const articles = document.querySelectorAll("article");
  return (articles.length === 1 ? articles[0] : null) ?? document.querySelector("main") ?? document.body;
}

// A page's one <h1> is its headline, and a better title than <title>,
// which sites suffix with their own name. Several <h1>s are sections,
// so then <title> names the page; failing both, the first <h1>.
function detectTitle(document: Document, headings: readonly Element[]): string | null {
  const first = collapsed(headings[0]?.textContent);
  if (headings.length === 1 && first !== "") return first;
  return collapsed(document.title) || first || null;
}

// Builds the page, hands its document to `read`, and closes the window
// whatever happens.
// Stryker disable BlockStatement: the try block is only `return read(…)`, and closing the window frees jsdom's resources, which nothing returned or thrown shows
function withPage<T>(html: string, read: (document: Document) => T): T {
  const dom = new JSDOM(html);
  try {
    return read(dom.window.document);
  } finally {
    dom.window.close();
  }
}
// Stryker restore BlockStatement

/**
 * Imports HTML. The content is the page's only <article>, else its
 * <main>, else its <body>; scripts, styles, embedded frames and objects,
 * forms and their controls, navigation and hidden elements are removed
 * with their text; everything else maps onto the schema by its parse
 * rules (see schema.ts: <h1>/<h2> → heading 1, <h3> → 2, <h4>–<h6> → 3),
 * so no attribute outside it (event handlers, styles, classes) survives
 * and links keep only `safeHref` targets.
 *
 * The title is `options.title`, else the content's single <h1>, else
 * <title>, else the first <h1>. The first <h1> whose text is the title
 * is dropped from the body, so the title appears once.
 *
 * Throws ImportError when the markup is empty or holds no readable text,
 * or nests deeper than MAX_HTML_DEPTH elements (checked before the page is
 * built, see html-depth.ts) or the document MAX_DOCUMENT_DEPTH.
 */
export function importHtml(html: string, options?: ImportOptions): ImportedDocument {
  if (!/\S/u.test(html)) throw new ImportError(EMPTY_INPUT);
  if (isHtmlTooDeep(html)) throw new ImportError(TOO_DEEP);
  return withPage(html, (document) => {
    for (const element of Array.from(document.querySelectorAll(NOT_CONTENT))) element.remove();
    const root = contentRoot(document);
    const headings = Array.from(root.querySelectorAll("h1"));
    const requested = requestedTitle(options);
    const title = requested ?? detectTitle(document, headings);
    // A null title matches no heading: collapsed text is never null.
    const repeat = headings.find((heading) => collapsed(heading.textContent) === title);
    repeat?.remove();
    // Parsed after the title (`afterTitle`), the body holds no title node.
    const body: ProseMirrorNode[] = [];
    parser.parse(root, { topNode: schema.topNodeType.create(), topMatch: afterTitle }).forEach((node) => {
      body.push(node);
    });
    const sourceTitle = requested === null || repeat !== undefined ? title : null;
    return buildDocument({ title: requested, sourceTitle, body });
  });
}
