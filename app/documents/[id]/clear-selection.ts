import { TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";

/**
 * Collapses the reader's selection to its end, in the editor's state and in
 * the page (after a click on the toolbar the editor is not focused, so it
 * would not redraw the page's selection itself). A passage just tagged then
 * shows its kind's highlight instead of the selection's blue, which read as
 * "not saved yet".
 */
export function clearSelection(view: EditorView): void {
  const { state } = view;
  if (!state.selection.empty) view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, state.selection.to)));
  const page = view.dom.ownerDocument.getSelection();
  if (page && !page.isCollapsed && page.anchorNode && view.dom.contains(page.anchorNode)) page.collapseToEnd();
}
