"use client";

import type { EditorView } from "prosemirror-view";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnnotationKind, AnnotationUpdate, AnnotationView, TextTarget } from "@/lib/validation/annotation";
import { annotationApi } from "./_annotations/annotation-api";
import { AnnotationsPanel } from "./_annotations/annotations-panel";
import { kindForShortcut } from "./_annotations/kinds";
import { SelectionToolbar } from "./_annotations/selection-toolbar";
import { useAnnotationUndo } from "./_annotations/use-annotation-undo";
import { ReaderEditor, type TextSelection } from "./reader-editor";

type Props = {
  document: { id: string; title: string; content: Record<string, unknown>; version: number; canEdit: boolean };
  user: { id: string; name: string };
  initialAnnotations: AnnotationView[];
};

const FLASH_MS = 1600;

/** The reader: the text with its highlights, the selection toolbar and the margin. */
export function DocumentWorkspace({ document, user, initialAnnotations }: Props) {
  const view = useRef<EditorView | null>(null);
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [orphaned, setOrphaned] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upsert = useCallback((annotation: AnnotationView) => {
    setAnnotations((list) =>
      [...list.filter((a) => a.id !== annotation.id), annotation].sort(
        (a, b) => a.target.start - b.target.start || b.target.end - a.target.end,
      ),
    );
  }, []);
  const drop = useCallback((id: string) => setAnnotations((list) => list.filter((a) => a.id !== id)), []);
  const undo = useAnnotationUndo({ upsert, drop });

  /** Scrolls the text to an annotation's passage and flashes it. */
  const reveal = useCallback((id: string) => {
    const spans = view.current?.dom.querySelectorAll<HTMLElement>(`[data-annotation-id="${CSS.escape(id)}"]`);
    if (!spans?.length) return;
    spans[0]!.scrollIntoView({ block: "center", behavior: "smooth" });
    spans.forEach((span) => span.classList.add("flash"));
    setTimeout(() => spans.forEach((span) => span.classList.remove("flash")), FLASH_MS);
  }, []);

  const tag = useCallback(
    async (kind: AnnotationKind, target: TextTarget) => {
      setBusy(true);
      setError(null);
      try {
        const created = await annotationApi.create(document.id, {
          kind,
          target,
          comment: "",
          tags: [],
          visibility: "private",
        });
        upsert(created);
        undo.record({ type: "created", annotation: created });
        setSelection(null);
        setSelectedId(created.id);
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : "Could not save the annotation");
      } finally {
        setBusy(false);
      }
    },
    [document.id, undo, upsert],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const kind = kindForShortcut(event);
      if (kind && selection) {
        event.preventDefault();
        void tag(kind, selection.target);
      } else if (undo.handles(event)) {
        event.preventDefault();
        event.stopPropagation();
        void undo.undo().catch((caught: Error) => setError(caught.message));
      }
    }
    // Capture, so an annotation undo wins over the editor's own text undo.
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [selection, tag, undo]);

  const select = (id: string) => {
    setSelectedId((current) => (current === id ? null : id));
    reveal(id);
  };

  return (
    <div className="workspace">
      <div className="reading-column">
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <ReaderEditor
          documentId={document.id}
          title={document.title}
          content={document.content}
          version={document.version}
          editable={document.canEdit}
          annotations={annotations}
          selectedId={selectedId}
          onReady={(editorView) => (view.current = editorView)}
          onSelection={setSelection}
          onAnnotationClick={(id) => setSelectedId(id)}
          onOrphansChange={setOrphaned}
          onDocChange={undo.forgetOnEdit}
        />
        {selection && (
          <SelectionToolbar
            position={selection.position}
            busy={busy}
            onTag={(kind) => void tag(kind, selection.target)}
          />
        )}
      </div>
      <AnnotationsPanel
        documentId={document.id}
        userId={user.id}
        annotations={annotations}
        orphaned={orphaned}
        selectedId={selectedId}
        onSelect={select}
        onUpdate={async (id: string, update: AnnotationUpdate) => upsert(await annotationApi.update(id, update))}
        onDelete={async (id: string) => {
          const deleted = annotations.find((a) => a.id === id)!;
          const { placeholder } = await annotationApi.remove(id);
          if (placeholder) upsert({ ...deleted, deleted: true, comment: "", tags: [] });
          else drop(id);
          undo.record({ type: "deleted", annotation: deleted });
          setSelectedId(null);
        }}
        onReply={async (id: string, body: string) => {
          const reply = await annotationApi.reply(id, body);
          setAnnotations((list) => list.map((a) => (a.id === id ? { ...a, replies: [...a.replies, reply] } : a)));
        }}
        onImport={async (json: string) => {
          const result = await annotationApi.importW3C(document.id, json, "private");
          setAnnotations(await annotationApi.list(document.id));
          return `Imported ${result.imported} annotation(s)${result.orphaned ? `, ${result.orphaned} orphaned` : ""}.`;
        }}
      />
    </div>
  );
}
