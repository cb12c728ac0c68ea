import MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import type { Node as ProseMirrorNode } from "prosemirror-model";
import { MarkdownParser } from "prosemirror-markdown";
import type { ParseSpec } from "prosemirror-markdown";
import { buildDocument } from "./build-document";
import { MAX_DOCUMENT_DEPTH } from "./document-depth";
import { requestedTitle } from "./document-title";
import { EMPTY_INPUT, ImportError } from "./import-error";
import type { ImportedDocument, ImportOptions } from "./imported-document";
import { safeHref } from "./safe-href";
import { schema } from "./schema";

// CommonMark, nothing more: no tables or strikethrough (the schema has
// neither), no linkify (bare URLs stay text, as the author typed them),
// no typographer (quotes stay as written). With `html: false` raw HTML is
// not markup: "<b>x</b>" or "<script>" comes through as literal text.
//
// markdown-it stops reading blocks nested deeper than `maxNesting` and
// silently drops what is inside (commonmark's preset says 20). Allowing a
// little more than MAX_DOCUMENT_DEPTH means nothing is dropped from a
// document that may be imported, and a deeper one reaches buildDocument
// deeper than the limit and is refused there, with a message.
// (The commonmark preset has linkify and typographer off and their rules
// not even loaded; only `html` needs turning off.)
const tokenizer = new MarkdownIt("commonmark", { html: false });
// A preset option markdown-it reads but does not declare in its types.
(tokenizer.options as { maxNesting: number }).maxNesting = MAX_DOCUMENT_DEPTH + 2;

// markdown-it refuses javascript: and similar destinations by leaving the
// whole "[label](target)" as literal text. Accepting every destination
// here and removing the unsafe links after tokenizing keeps the label as
// plain text instead; the same `safeHref` rule as everywhere decides.
tokenizer.validateLink = () => true;
tokenizer.core.ruler.push("drop_unsafe_links", dropUnsafeLinks);

function dropUnsafeLinks(state: StateCore): void {
  // Only inline tokens have children.
  for (const block of state.tokens) {
    if (block.children) block.children = withSafeLinks(block.children);
  }
}

// An unsafe link loses its link_open and its link_close, so the token
// stream stays balanced. Dropping the close is not observable with
// prosemirror-markdown, which closes a link mark by type and does nothing
// when none is open, and markdown-it has already trimmed every href
// (normalizeLink percent-encodes whitespace); both steps are kept so that
// the tokens handed to the parser are exactly the safe ones.
function withSafeLinks(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  // Stryker disable next-line ArrayDeclaration: opens and closes pair up, so the stack's bottom is never popped
  const dropped: boolean[] = [];
  for (const token of tokens) {
    if (token.type === "link_open") {
      const href = safeHref(token.attrGet("href"));
      // Stryker disable next-line ConditionalExpression: a stray link_close is a no-op for the parser (see above)
      dropped.push(href === null);
      if (href === null) continue;
      // Stryker disable next-line StringLiteral: the href is already trimmed (see above)
      token.attrSet("href", href);
    }
    // Stryker disable next-line ConditionalExpression,StringLiteral: a stray link_close is a no-op for the parser (see above)
    if (token.type === "link_close" && dropped.pop()) continue;
    kept.push(token);
  }
  return kept;
}

// Headings: "#" → 1, "##" → 2, "###" and deeper → 3 (a leading "#" line
// is the title instead; see importMarkdown). Images are dropped with their
// alt text: the schema has no images, and alt text set loose in a
// sentence reads as words the author did not write there.
const tokens: Record<string, ParseSpec> = {
  blockquote: { block: "blockquote" },
  paragraph: { block: "paragraph" },
  list_item: { block: "list_item" },
  bullet_list: { block: "bullet_list" },
  ordered_list: { block: "ordered_list", getAttrs: (token) => ({ order: Number(token.attrGet("start") ?? 1) }) },
  heading: { block: "heading", getAttrs: (token) => ({ level: Math.min(3, Number(token.tag.slice(1))) }) },
  // code_block, fence and code_inline are single tokens, which
  // prosemirror-markdown knows by name (no noCloseToken needed).
  code_block: { block: "code_block" },
  fence: { block: "code_block" },
  hr: { node: "horizontal_rule" },
  image: { ignore: true, noCloseToken: true },
  hardbreak: { node: "hard_break" },
  em: { mark: "em" },
  strong: { mark: "strong" },
  link: { mark: "link", getAttrs: (token) => ({ href: token.attrGet("href") }) },
  code_inline: { mark: "code" },
};

const parser = new MarkdownParser(schema, tokenizer, tokens);

function headingText(node: ProseMirrorNode): string {
  return node.textContent.replace(/\s+/gu, " ").trim();
}

/**
 * Imports CommonMark. Raw HTML is not interpreted (it stays literal
 * text); images are dropped; links keep only `safeHref` targets, an
 * unsafe link becoming its plain label. Without `options.title`, a
 * leading "# Heading" is the title; with it, a leading "# Heading" equal
 * to it is dropped. Other headings: "#" → level 1, "##" → 2, "###" and
 * deeper → 3.
 *
 * Throws ImportError when the text is empty or only whitespace, or holds
 * nothing readable (say, only an image).
 */
export function importMarkdown(markdown: string, options?: ImportOptions): ImportedDocument {
  if (!/\S/u.test(markdown)) throw new ImportError(EMPTY_INPUT);
  const requested = requestedTitle(options);
  // The parser fills in the empty title node that doc's content demands.
  const body: ProseMirrorNode[] = [];
  parser.parse(markdown).forEach((node) => {
    if (node.type !== schema.nodes.title) body.push(node);
  });
  // The doc's content demands a block, so the parser always gives the body
  // a first node; a level-1 heading is the only node with level 1.
  const leading = body[0].attrs.level === 1 ? headingText(body[0]) : "";
  const isTitle = leading !== "" && (requested === null || requested === leading);
  if (isTitle) body.shift();
  return buildDocument({ title: requested, sourceTitle: isTitle ? leading : null, body });
}
