"use client";

import { baseKeymap } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { Node as ProseMirrorNode } from "prosemirror-model";
import { EditorState, Plugin, type Transaction } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  annotationDecorations,
  annotationDecorationsKey,
  focusAnnotation,
  setAnnotations,
} from "@/lib/anchoring/annotation-decorations";
import { annotationClassName } from "@/lib/anchoring/annotation-class";
import { keptPrepaint } from "@/lib/annotations/prepaint-store";
import { describeRange } from "@/lib/anchoring/describe-range";
import { describeLinks, type AnnotationLink } from "@/lib/argument/annotation-links";
import { textIndexOf } from "@/lib/anchoring/text-index";
import { schema } from "@/lib/editor/schema";
import type { AnnotationView, TextTarget } from "@/lib/validation/annotation";
import { KIND_LABELS } from "./_annotations/kinds";
import { highlightDrag } from "./highlight-drag";
import { SAVE_LABEL, useTextSave } from "./use-text-save";
import "prosemirror-view/style/prosemirror.css";

/** A non-empty text selection, as a selector and where to put the toolbar. */
export type TextSelection = { target: TextTarget; position: { top: number; left: number } };

/** The text as someone else saved it, to bring into the open editor in place. */
export type RemoteText = { content: Record<string, unknown>; version: number };

/** Marks the transaction that brings in someone else's saved text (readers' editors refuse all others). */
const REMOTE = "warrant:remote-text";

/** Where the browser finds the server's drawing of the article (prepaint-store.ts), and how many annotations the reader sees. */
export type PrepaintInView = { key: string; annotations: number };

/** The annotation an empty selection (the caret) is in, and where to show what it is. */
export type CaretAnnotation = { annotationId: string; position: { top: number; left: number } };

type Props = {
  documentId: string;
  title: string;
  content: Record<string, unknown>;
  version: number;
  editable: boolean;
  annotations: AnnotationView[];
  /** Whether `annotations` is the fetched list yet (it starts empty while the list loads). */
  annotationsLoaded: boolean;
  /** Whether loading the list failed (the editor then shows the text without it). */
  annotationsFailed: boolean;
  /**
   * The article with the reader's highlights as the server drew it
   * (lib/anchoring/prepainted-article.ts, kept in prepaint-store.ts), shown
   * from the page's HTML until the editor has drawn the list; null to show
   * the editor at once.
   */
  prepaint: PrepaintInView | null;
  /** Each annotation's links in the open map: a linked passage carries a mark. */
  links: ReadonlyMap<string, AnnotationLink[]>;
  selectedId: string | null;
  onReady: (view: EditorView) => void;
  onSelection: (selection: TextSelection | null) => void;
  /** Called when the caret moves into another annotation, or out of them all. */
  onCaret: (caret: CaretAnnotation | null) => void;
  onAnnotationClick: (id: string) => void;
  onOrphansChange: (orphaned: ReadonlySet<string>) => void;
  onDocChange: () => void;
  /** Called when a save finds the document gone or no longer shared with the reader. */
  onLost: () => void;
  /** The text someone else saved since, once fetched. */
  remoteText: RemoteText | null;
  /** Whether a highlight is dragged onto the map beside the text (rather than pressed to select from). */
  dragToMap: boolean;
};

/**
 * Readers can place a caret and select with Shift+arrows (so the editor stays
 * contenteditable) but cannot change the text: every document change is
 * filtered out.
 */
const readOnly = new Plugin({ filterTransaction: (tr) => !tr.docChanged || tr.getMeta(REMOTE) === true });

/**
 * A transaction that turns `state`'s document into `next` by replacing only
 * the stretch that differs, so the caret, the selection and the annotations'
 * decorations map through it; null when nothing differs.
 */
function replaceChanged(state: EditorState, next: ProseMirrorNode): Transaction | null {
  const start = state.doc.content.findDiffStart(next.content);
  if (start === null) return null;
  let { a: endA, b: endB } = state.doc.content.findDiffEnd(next.content)!;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return state.tr.replace(start, endA, next.slice(start, endB)).setMeta(REMOTE, true).setMeta("addToHistory", false);
}

function decorationSpecs(annotations: AnnotationView[], links: ReadonlyMap<string, AnnotationLink[]>) {
  return annotations
    .filter((annotation) => !annotation.deleted)
    .map((annotation) => {
      const linked = describeLinks(links.get(annotation.id) ?? []);
      return {
        id: annotation.id,
        target: annotation.target,
        className: annotationClassName(annotation.kind),
        // A small mark after a linked passage; the title says what it means.
        ...(linked ? { endClassName: "annotation-link-mark" } : {}),
        // Drawn with the others over the same words as one span per stretch
        // (data-annotation-ids names them), its tint set by how many, never stacked.
        attrs: {
          title: `${KIND_LABELS[annotation.kind]} · ${annotation.author.name}${annotation.comment ? `: ${annotation.comment}` : ""}${linked ? ` · ${linked}` : ""}`,
        },
      };
    });
}

/** The editor is what the reader sees and uses: tests and benchmarks wait for this. */
function markReady(container: HTMLElement) {
  container.dataset.editorReady = "true";
  performance.mark("warrant:editor-ready");
}

/** Benchmarks set window.warrantProfile to have each edit's JavaScript time measured. */
function profiling(): boolean {
  return (globalThis as { warrantProfile?: boolean }).warrantProfile === true;
}

/**
 * The box the toolbar and the caret note are positioned in: the reading
 * column (the text's offset parent), which starts above the text when the
 * editor's Save bar is over it.
 */
function positioningFrame(text: HTMLElement): DOMRect {
  return (text.offsetParent ?? text).getBoundingClientRect();
}

/** The innermost annotation drawn at `pos`, or null. */
function annotationAt(state: EditorState, pos: number): string | null {
  const found = annotationDecorationsKey.getState(state)?.decorations.find(pos, pos) ?? [];
  const innermost = found.sort((a, b) => a.to - a.from - (b.to - b.from))[0];
  return (innermost?.spec as { id?: string } | undefined)?.id ?? null;
}

/**
 * The article in a ProseMirror view with annotations drawn as decorations:
 * read-only for readers, editable (undo history, Ctrl/Cmd+S) for the owner
 * and editors.
 */
/** Said after a save that left `count` annotations unsearched (the server's search budget ran out). */
function unsearchedNote(count: number): string {
  const which = count === 1 ? "1 annotation was" : `${count.toLocaleString("en")} annotations were`;
  return `${which} too costly to look for in the new text and may show as “passage not found”.`;
}

export function ReaderEditor(props: Props) {
  const { documentId, title, content, version, editable } = props;
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const caretIn = useRef<string | null>(null);
  const onLost = useCallback(() => callbacks.current.onLost(), []);
  // The server's drawing stays in view until the list has settled, and the
  // editor is made only then, with the list's highlights in its first state:
  // made earlier, it would show the text bare in between (~300 ms), or, kept
  // hidden, draw the whole text twice. Only the server's render finds the
  // drawing (prepaint-store.ts); the browser keeps what that render sent.
  const [prepaintHtml] = useState(() => (props.prepaint ? (keptPrepaint(props.prepaint.key) ?? "") : ""));
  const [prepaintShown, setPrepaintShown] = useState(props.prepaint !== null);
  // Above 5,000 highlights the server sends the text alone: that too stays, as the editor made before the list
  // would draw the whole text twice (10,000 annotations on 0.8 million characters: +570 ms, bench:anchor).
  const listWillDraw = (props.prepaint?.annotations ?? 0) > 0;
  const prepaintElement = useRef<HTMLDivElement>(null);
  const listSettled = props.annotationsLoaded || props.annotationsFailed;
  const editorMayMount = !prepaintShown || listSettled;
  // What the editor's highlights were last drawn from, so the same list is not drawn again.
  const drawnFrom = useRef<{ annotations: AnnotationView[]; links: ReadonlyMap<string, AnnotationLink[]> } | null>(
    null,
  );
  const { state: saveState, save, markDirty, savedAs, unsearched } = useTextSave(documentId, version, view, onLost);

  useEffect(() => {
    if (!mount.current) return;
    if (!editorMayMount) {
      // No drawing in view (a page reached by client-side navigation, or the drawing left the store), or no
      // highlight for the list to add: the editor now, as it draws the text alike.
      if (!prepaintElement.current?.hasChildNodes() || !listWillDraw) setPrepaintShown(false);
      return;
    }
    const editing = editable
      ? [
          history(),
          keymap({
            "Mod-z": undo,
            "Shift-Mod-z": redo,
            "Mod-y": redo,
            "Mod-s": () => {
              void save();
              return true;
            },
          }),
          keymap(baseKeymap),
        ]
      : [readOnly];
    const bare = EditorState.create({
      doc: ProseMirrorNode.fromJSON(schema, content),
      plugins: [...editing, annotationDecorations(), highlightDrag(() => callbacks.current.dragToMap)],
    });
    const { annotations, links } = callbacks.current;
    drawnFrom.current = { annotations, links };
    const state = bare.apply(setAnnotations(bare.tr, decorationSpecs(annotations, links)));
    const container = mount.current;
    const editorView: EditorView = new EditorView(container, {
      state,
      attributes: {
        "aria-label": title,
        role: "document",
        // A reader's caret moves and selects but types nothing: no on-screen
        // keyboard should cover the text on a phone. (aria-readonly is not
        // an attribute of role document; the filter below is what enforces it.)
        ...(editable ? {} : { inputmode: "none" }),
        class: "article",
        spellcheck: "false",
      },
      handleDOMEvents: {
        // The note on the caret's annotation belongs to the focused text only.
        blur: () => reportCaret(editorView, container, null),
        focus: (focused) => {
          const { from, empty } = focused.state.selection;
          reportCaret(focused, container, empty ? annotationAt(focused.state, from) : null);
        },
      },
      handleClick(clickView, pos) {
        // Only plain clicks get here (ProseMirror leaves out drags and
        // Shift+clicks, which select). The selection is still the one from
        // before the click, so it says nothing about this click: testing it
        // ignored clicks on a highlight while text was selected, e.g. the
        // passage just tagged when linking to it.
        const id = annotationAt(clickView.state, pos);
        if (id) callbacks.current.onAnnotationClick(id);
        return false;
      },
      dispatchTransaction(transaction: Transaction) {
        const started = performance.now();
        const before = annotationDecorationsKey.getState(editorView.state)?.orphaned;
        const next = editorView.state.apply(transaction);
        editorView.updateState(next);
        if (transaction.docChanged && profiling()) performance.measure("warrant:transaction", { start: started });
        if (transaction.docChanged && !transaction.getMeta(REMOTE)) {
          markDirty();
          callbacks.current.onDocChange();
        }
        const orphaned = annotationDecorationsKey.getState(next)?.orphaned;
        if (orphaned && orphaned !== before) {
          callbacks.current.onOrphansChange(orphaned);
        }
        if (transaction.selectionSet || transaction.docChanged) reportSelection(editorView, container);
      },
    });
    view.current = editorView;
    callbacks.current.onReady(editorView);
    if (prepaintElement.current) {
      // In the task that put the editor in, so no frame (and no query) finds both; React removes the element next.
      prepaintElement.current.hidden = true;
      prepaintElement.current.replaceChildren();
      setPrepaintShown(false);
    }
    markReady(container);
    return () => {
      editorView.destroy();
      view.current = null;
    };

    function reportSelection(current: EditorView, box: HTMLElement) {
      const { from, to, empty } = current.state.selection;
      reportCaret(current, box, empty ? annotationAt(current.state, from) : null);
      const target = empty ? null : describeRange(textIndexOf(current.state.doc), from, to);
      if (!target) return callbacks.current.onSelection(null);
      // Below the selection's last line, so it covers none of the selection.
      const end = current.coordsAtPos(to);
      const frame = positioningFrame(box);
      callbacks.current.onSelection({
        target,
        position: { top: end.bottom - frame.top + 8, left: Math.max(0, end.left - frame.left - 120) },
      });
    }

    // Only when the caret enters another annotation: typing inside one
    // (or moving within it) re-renders nothing.
    function reportCaret(current: EditorView, box: HTMLElement, annotationId: string | null) {
      if (annotationId === caretIn.current) return;
      caretIn.current = annotationId;
      if (annotationId === null) return callbacks.current.onCaret(null);
      const at = current.coordsAtPos(current.state.selection.from);
      const frame = positioningFrame(box);
      callbacks.current.onCaret({
        annotationId,
        position: { top: at.bottom - frame.top + 8, left: Math.max(0, at.left - frame.left - 40) },
      });
    }
  }, [content, editable, save, markDirty, title, editorMayMount, listWillDraw]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const drawn = drawnFrom.current;
    if (drawn?.annotations !== props.annotations || drawn.links !== props.links) {
      drawnFrom.current = { annotations: props.annotations, links: props.links };
      current.dispatch(setAnnotations(current.state.tr, decorationSpecs(props.annotations, props.links)));
    }
    // For bench:anchor: the first drawing of the fetched list, not of the empty one before it.
    if (props.annotationsLoaded && !performance.getEntriesByName("warrant:annotations-drawn").length)
      performance.mark("warrant:annotations-drawn");
    const orphaned = annotationDecorationsKey.getState(current.state)?.orphaned;
    if (orphaned) callbacks.current.onOrphansChange(orphaned);
  }, [props.annotations, props.links, props.annotationsLoaded, editorMayMount]);

  useEffect(() => {
    const current = view.current;
    if (current) current.dispatch(focusAnnotation(current.state.tr, props.selectedId));
  }, [props.selectedId]);

  // Someone else saved the text: bring it in where it changed, unless the
  // reader has unsaved edits of their own (their save will then say so).
  const { remoteText } = props;
  useEffect(() => {
    const current = view.current;
    if (!current || !remoteText || saveState === "dirty" || saveState === "saving") return;
    if (!savedAs(remoteText.version)) return;
    const transaction = replaceChanged(current.state, ProseMirrorNode.fromJSON(schema, remoteText.content));
    if (transaction) current.dispatch(transaction);
  }, [remoteText, saveState, savedAs]);

  return (
    <>
      {editable && (
        <div className="editor-bar" role="toolbar" aria-label="Document">
          <span role="status" className="save-state">
            {SAVE_LABEL[saveState]}
            {saveState === "saved" && unsearched > 0 && <> — {unsearchedNote(unsearched)}</>}
          </span>
          <button type="button" onClick={() => void save()} disabled={saveState === "saved" || saveState === "saving"}>
            Save
          </button>
        </div>
      )}
      <div ref={mount} className={`reader${props.dragToMap ? " drags-to-map" : ""}`}>
        {prepaintShown && (
          <div
            ref={prepaintElement}
            className="article prepainted-article"
            role="document"
            aria-label={title}
            data-prepainted="true"
            suppressHydrationWarning
            dangerouslySetInnerHTML={{ __html: prepaintHtml }}
          />
        )}
      </div>
    </>
  );
}
