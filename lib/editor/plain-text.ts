import type { Node as ProseMirrorNode } from "prosemirror-model";

/** What separates two textblocks in the projection. */
export const BLOCK_SEPARATOR = "\n\n";

function textblockText(block: ProseMirrorNode): string {
  let text = "";
  block.forEach((child) => {
    if (child.isText) text += child.textContent;
    // Stryker disable next-line ConditionalExpression: the schema's only inline node besides text is hard_break.
    else if (child.type.name === "hard_break") text += "\n";
  });
  return text;
}

/**
 * The document's plain-text projection, the text that annotation
 * selectors (W3C TextQuoteSelector / TextPositionSelector) are measured
 * against. Defined so that an offset maps back to the document by a
 * single walk over its textblocks:
 *
 * - every textblock, in document order, contributes its text — the title
 *   first, then paragraphs, headings, list items' paragraphs, a byline's
 *   paragraphs, code_blocks — including empty ones (as "");
 * - inside a textblock, text is taken as is and a hard_break is "\n";
 * - consecutive textblocks are separated by BLOCK_SEPARATOR ("\n\n");
 * - nodes that are not textblocks (lists, quotes, bylines, rules) add
 *   nothing of their own; there is no leading or trailing separator.
 *
 * The same document always gives the same string.
 */
export function toPlainText(doc: ProseMirrorNode): string {
  const parts: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    parts.push(textblockText(node));
    // Stryker disable next-line BooleanLiteral: not descending into a textblock only saves work; its inline children are no textblocks.
    return false;
  });
  return parts.join(BLOCK_SEPARATOR);
}
