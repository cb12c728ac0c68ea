import { Schema } from "prosemirror-model";
import type { MarkSpec, NodeSpec, TagParseRule } from "prosemirror-model";
import { safeHref } from "./safe-href";

// An argument is read, not laid out: the schema keeps the structure a
// reader needs to follow and quote it (sections, lists, quotations,
// preformatted figures, the author's note) and nothing presentational.
// Whatever an importer meets outside this schema is dropped by the schema
// itself, which is what makes imported HTML safe to render.

const LINK_REL = "noopener noreferrer nofollow";

// The title is the page's only <h1>, so body headings render one level
// down: level 1 → <h2>, level 2 → <h3>, level 3 → <h4>. Parsing maps the
// other way and clamps: <h1> and <h2> → 1 (a stray body <h1> is a section,
// not a second title), <h3> → 2, <h4>–<h6> → 3. A rendered heading thus
// parses back to its own level.
const HEADING_LEVEL_OF_TAG: Readonly<Record<string, number>> = { h1: 1, h2: 1, h3: 2, h4: 3, h5: 3, h6: 3 };

function headingRules(): TagParseRule[] {
  return Object.entries(HEADING_LEVEL_OF_TAG).map(([tag, level]) => ({ tag, attrs: { level } }));
}

function checkHeadingLevel(level: unknown): void {
  if (level !== 1 && level !== 2 && level !== 3) throw new RangeError(`Invalid heading level ${String(level)}`);
}

function checkHref(href: unknown): void {
  if (safeHref(href) !== href) throw new RangeError("Link href is not a safe URL");
}

const nodes: Record<string, NodeSpec> = {
  /** A title, then at least one block. */
  doc: { content: "title block+" },

  /**
   * The document's title: plain text, exactly once, first. Importers set
   * it, so it has no parse rule (DOMParser.parse of a whole page pours the
   * first text into it; import-html.ts parses the body with `topMatch`).
   */
  title: {
    content: "text*",
    marks: "",
    // Stryker disable next-line BooleanLiteral: doc's "title block+" already keeps a title first through any replace, and a title can stand nowhere else for a paste to carry it.
    defining: true,
    toDOM: () => ["h1", 0],
  },

  paragraph: {
    content: "inline*",
    group: "block",
    parseDOM: [{ tag: "p" }],
    toDOM: () => ["p", 0],
  },

  /** A section heading, level 1–3 (see HEADING_LEVEL_OF_TAG). */
  heading: {
    attrs: { level: { default: 1, validate: checkHeadingLevel } },
    content: "inline*",
    group: "block",
    defining: true,
    parseDOM: headingRules(),
    toDOM: (node) => [`h${Number(node.attrs.level) + 1}`, 0],
  },

  bullet_list: {
    content: "list_item+",
    group: "block",
    parseDOM: [{ tag: "ul" }],
    toDOM: () => ["ul", 0],
  },

  /** A numbered list; `order` is the first item's number. */
  ordered_list: {
    attrs: { order: { default: 1, validate: "number" } },
    content: "list_item+",
    group: "block",
    parseDOM: [
      {
        tag: "ol",
        getAttrs: (dom) => {
          // Stryker disable next-line StringLiteral: any non-numeric fallback parses to NaN, as "" does.
          const start = Number.parseInt(dom.getAttribute("start") ?? "", 10);
          return { order: Number.isFinite(start) ? start : 1 };
        },
      },
    ],
    toDOM: (node) => (node.attrs.order === 1 ? ["ol", 0] : ["ol", { start: String(node.attrs.order) }, 0]),
  },

  list_item: {
    content: "paragraph block*",
    defining: true,
    parseDOM: [{ tag: "li" }],
    toDOM: () => ["li", 0],
  },

  blockquote: {
    content: "block+",
    group: "block",
    defining: true,
    parseDOM: [{ tag: "blockquote" }],
    toDOM: () => ["blockquote", 0],
  },

  /** Preformatted text — a figure, a diagram, code — kept character for character. */
  code_block: {
    content: "text*",
    marks: "",
    group: "block",
    code: true,
    defining: true,
    // Stryker disable next-line StringLiteral: a code node's whitespace is "pre" unless set; this only says so.
    whitespace: "pre",
    parseDOM: [{ tag: "pre", preserveWhitespace: "full" }],
    toDOM: () => ["pre", ["code", 0]],
  },

  /**
   * The author's note that closes an article (initials, name, a short
   * bio). The importers only ever put it last; it is in the block group
   * so that HTML can nest it where the source did (a quotation's <footer>).
   */
  byline: {
    content: "paragraph+",
    group: "block",
    defining: true,
    parseDOM: [{ tag: "footer" }, { tag: "address" }],
    toDOM: () => ["footer", { class: "byline", "aria-label": "About the author" }, 0],
  },

  horizontal_rule: {
    group: "block",
    parseDOM: [{ tag: "hr" }],
    toDOM: () => ["hr"],
  },

  hard_break: {
    inline: true,
    group: "inline",
    selectable: false,
    leafText: () => "\n",
    parseDOM: [{ tag: "br" }],
    toDOM: () => ["br"],
  },

  text: { group: "inline" },
};

const marks: Record<string, MarkSpec> = {
  /**
   * A link. Its href passes `safeHref`: an <a> with any other target
   * parses as plain text, and creating a link mark with one — through
   * `create`, `fromJSON` or a `check()` — throws a RangeError.
   */
  link: {
    attrs: { href: { validate: checkHref } },
    inclusive: false,
    parseDOM: [
      {
        tag: "a[href]",
        getAttrs: (dom) => {
          const href = safeHref(dom.getAttribute("href"));
          return href === null ? false : { href };
        },
      },
    ],
    // Rendering re-checks, so that even a mark whose attrs were forged
    // past validation cannot put a script URL in the DOM.
    toDOM: (mark) => {
      const href = safeHref(mark.attrs.href);
      return ["a", href === null ? { rel: LINK_REL } : { href, rel: LINK_REL }, 0];
    },
  },

  em: {
    parseDOM: [{ tag: "i" }, { tag: "em" }, { style: "font-style=italic" }],
    toDOM: () => ["em", 0],
  },

  strong: {
    parseDOM: [
      { tag: "strong" },
      // Google Docs wraps whole documents in <b style="font-weight:normal">.
      { tag: "b", getAttrs: (dom) => dom.style.fontWeight !== "normal" && null },
      { style: "font-weight=400", clearMark: (mark) => mark.type.name === "strong" },
      // Bold: the keywords, or a numeric weight of 500 or more (CSS's 1000 and 600.5 included).
      {
        style: "font-weight",
        getAttrs: (value) => (value === "bold" || value === "bolder" || Number(value) >= 500) && null,
      },
    ],
    toDOM: () => ["strong", 0],
  },

  code: {
    parseDOM: [{ tag: "code" }],
    toDOM: () => ["code", 0],
  },
};

/**
 * The Warrant document schema. A document is `title block+`: the title
 * node first (rendered as the page's <h1>), then the body. Marks are em,
 * strong, code and link; links only ever carry `safeHref` targets.
 */
export const schema = new Schema({ nodes, marks });
