import MarkdownIt from "markdown-it";

/**
 * Assignment instructions are Markdown a teacher wrote, shown to every
 * student: rendered with raw HTML off (markdown-it then writes any tag
 * typed as text, escaped) and its default link check, which refuses
 * javascript:, vbscript:, file: and data: destinations other than images.
 * So the HTML it returns is safe to insert as it is.
 */
const renderer = new MarkdownIt("default", { html: false, linkify: true, typographer: false });

// Links leave Warrant in a new tab, without telling the target where they came from.
const defaultLinkOpen =
  renderer.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
renderer.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]!.attrSet("rel", "noopener noreferrer");
  tokens[index]!.attrSet("target", "_blank");
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function instructionsHtml(markdown: string): string {
  return renderer.render(markdown);
}
