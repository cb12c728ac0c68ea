import { Plugin } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { carriesPassage, startPassageDrag } from "./passage-drag";

/** A highlight's drawn stretch (lib/anchoring/overlap-decorations): it names its annotations, focused one first. */
const HIGHLIGHT = "[data-annotation-ids]";

/**
 * Changes attributes inside the view unseen by its DOM observer, as
 * ProseMirror does when it makes a node draggable on mousedown: a change of
 * a highlight's span is otherwise taken for the reader editing the paragraph
 * (the observer attributes it to the paragraph, not the text), which is then
 * drawn anew — with a new span, no longer the one being dragged.
 */
function unobserved(view: EditorView, change: () => void) {
  const observer = (view as unknown as { domObserver: { stop(): void; start(): void } }).domObserver;
  observer.stop();
  try {
    change();
  } finally {
    observer.start();
  }
}

/**
 * Dragging a highlight out of the text, onto a box of the map beside it.
 *
 * Inside a contenteditable, Chrome drags only what is not editable: a
 * `draggable` span of text keeps its drag-to-select behaviour (as
 * ProseMirror's author found, ProseMirror/prosemirror#127). So the stretch
 * pressed becomes draggable and not editable on the first move of the
 * pressed button — the moment Chrome decides whether the gesture is a drag,
 * after the press has placed the caret as usual — and is given back on
 * release. A click still places the caret and selects the annotation, a
 * selection that starts outside a highlight is made as before, and none of
 * this happens unless `enabled()` (the map beside the text): only then does
 * a press on a highlight start a drag rather than a selection.
 *
 * ProseMirror is told to leave the drag alone (its own would carry the
 * text), and a passage is never dropped into the text.
 */
export function highlightDrag(enabled: () => boolean): Plugin {
  let pressed: { view: EditorView; highlight: HTMLElement } | null = null;

  function release() {
    if (!pressed) return;
    const { view, highlight } = pressed;
    pressed = null;
    unobserved(view, () => {
      highlight.removeAttribute("draggable");
      highlight.removeAttribute("contenteditable");
    });
  }

  return new Plugin({
    props: {
      handleDOMEvents: {
        mousedown(view, event) {
          release();
          const plain = event.button === 0 && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
          if (!plain || !enabled()) return false;
          const highlight = (event.target as Element).closest<HTMLElement>(HIGHLIGHT);
          if (!highlight || !view.dom.contains(highlight)) return false;
          pressed = { view, highlight };
          window.addEventListener("mouseup", release, { once: true });
          return false;
        },
        mousemove(view, event) {
          const highlight = pressed?.highlight;
          if (highlight && event.buttons === 1 && !highlight.draggable)
            unobserved(view, () => {
              highlight.draggable = true;
              highlight.contentEditable = "false";
            });
          return false;
        },
        dragstart(_view, event) {
          const highlight = pressed?.highlight;
          const id = highlight?.dataset.annotationIds?.split(" ")[0];
          if (!id || !event.dataTransfer || !highlight?.contains(event.target as Node)) return false;
          startPassageDrag(event.dataTransfer, id);
          return true;
        },
        dragend() {
          release();
          return false;
        },
        // Not over the text: returning true keeps ProseMirror from accepting the drop.
        dragover: (_view, event) => carriesPassage(event.dataTransfer),
        drop: (_view, event) => carriesPassage(event.dataTransfer),
      },
    },
  });
}
