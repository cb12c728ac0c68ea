import type { EditorView } from "prosemirror-view";
import { anchorsOf, annotationDecorationsKey } from "@/lib/anchoring/annotation-decorations";

/**
 * The drawn elements of annotation `id`'s passage, to scroll to or flash.
 * Overlapping annotations share one element per stretch, which names at
 * most a few of them (data-annotation-ids, see lib/anchoring/overlap-segments):
 * where too many others cover the passage for it to be named, the
 * stretches inside its range are its elements.
 */
export function passageElements(view: EditorView, id: string): HTMLElement[] {
  const named = view.dom.querySelectorAll<HTMLElement>(`[data-annotation-ids~="${CSS.escape(id)}"]`);
  if (named.length > 0) return [...named];
  const state = annotationDecorationsKey.getState(view.state);
  const range = state && anchorsOf(state, new Set([id])).get(id);
  if (!range) return [];
  return [...view.dom.querySelectorAll<HTMLElement>("[data-annotation-ids]")].filter((element) => {
    const pos = view.posAtDOM(element, 0);
    return pos >= range.from && pos < range.to;
  });
}
