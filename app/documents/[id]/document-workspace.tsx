"use client";

import dynamic from "next/dynamic";
import type { EditorView } from "prosemirror-view";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { annotationLinks } from "@/lib/argument/annotation-links";
import { ensureAnnotationNode, linkStatements } from "@/lib/argument/edit-map";
import type { Relation } from "@/lib/validation/argument-map";
import type { AnnotationKind, AnnotationUpdate, AnnotationView, TextTarget } from "@/lib/validation/annotation";
import { annotationApi } from "./_annotations/annotation-api";
import { AnnotationsPanel } from "./_annotations/annotations-panel";
import { CaretNote } from "./_annotations/caret-note";
import { kindForShortcut } from "./_annotations/kinds";
import { SelectionToolbar } from "./_annotations/selection-toolbar";
import { useAnnotationUndo } from "./_annotations/use-annotation-undo";
import type { MapSummary } from "./_map/map-api";
import { useMaps } from "./_map/use-maps";

// The map view (React Flow, and through its worker ELK) loads only when a
// reader opens it: reading and annotating never pay for it.
const MapPane = dynamic(() => import("./_map/map-pane").then((module) => module.MapPane), {
  ssr: false,
  loading: () => <p role="status">Loading the map…</p>,
});
import { ReaderEditor, type CaretAnnotation, type TextSelection } from "./reader-editor";
import { scrollToMiddle } from "./scroll-to-middle";

type Props = {
  document: { id: string; title: string; content: Record<string, unknown>; version: number; canEdit: boolean };
  user: { id: string; name: string };
  initialAnnotations: AnnotationView[];
  initialMaps: MapSummary[];
};

const FLASH_MS = 1600;

/** The reader: the text with its highlights, the selection toolbar and the margin. */
export function DocumentWorkspace({ document, user, initialAnnotations, initialMaps }: Props) {
  const view = useRef<EditorView | null>(null);
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [orphaned, setOrphaned] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [caret, setCaret] = useState<CaretAnnotation | null>(null);
  const caretAnnotation = caret ? annotations.find((annotation) => annotation.id === caret.annotationId) : undefined;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const maps = useMaps(document.id, initialMaps);
  const [mapShown, setMapShown] = useState(false);
  const [mapShare, setMapShare] = useState(50);
  const [linkingFrom, setLinkingFrom] = useState<string | null>(null);
  const [linkTarget, setLinkTarget] = useState<string | null>(null);
  const mapGraph = maps.current?.graph;
  const links = useMemo(() => (mapGraph ? annotationLinks(mapGraph) : new Map()), [mapGraph]);

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
    void scrollToMiddle(spans[0]!);
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
        // The reader may have selected another passage while this one saved.
        setSelection((current) => (current?.target === target ? null : current));
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

  /** Links two annotations in the open map (making "Map 1" when there is none). */
  async function link(fromId: string, toId: string, relation: Relation) {
    const from = annotations.find((a) => a.id === fromId)!;
    const to = annotations.find((a) => a.id === toId)!;
    await maps.ensureMap();
    maps.edit((graph) => {
      const withFrom = ensureAnnotationNode(graph, { id: from.id, kind: from.kind, quote: from.target.exact });
      const withTo = ensureAnnotationNode(withFrom.graph, { id: to.id, kind: to.kind, quote: to.target.exact });
      let argumentId: string | undefined;
      if (relation === "undercuts") {
        argumentId = withTo.graph.arguments.find((a) => a.conclusionId === withTo.nodeId)?.id;
        if (!argumentId)
          throw new Error("Nothing supports that annotation yet, so there is no reason-to-conclusion link to undercut");
      }
      return linkStatements(withTo.graph, withFrom.nodeId, withTo.nodeId, relation, argumentId);
    });
    setLinkingFrom(null);
    setLinkTarget(null);
  }

  const select = (id: string) => {
    setSelectedId((current) => (current === id ? null : id));
    reveal(id);
  };

  return (
    <div
      className={`workspace${mapShown ? " with-map" : ""}`}
      style={
        mapShown ? { gridTemplateColumns: `minmax(0, ${100 - mapShare}fr) 10px minmax(0, ${mapShare}fr)` } : undefined
      }
    >
      <div className="reading-column">
        <div className="workspace-bar">
          <button type="button" aria-pressed={mapShown} onClick={() => setMapShown(!mapShown)}>
            Map
          </button>
        </div>
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
          onCaret={setCaret}
          onAnnotationClick={(id) => (linkingFrom ? setLinkTarget(id) : setSelectedId(id))}
          onOrphansChange={setOrphaned}
          onDocChange={undo.forgetOnEdit}
        />
        {caretAnnotation && caret && <CaretNote annotation={caretAnnotation} position={caret.position} />}
        {selection && (
          <SelectionToolbar
            position={selection.position}
            busy={busy}
            onTag={(kind) => void tag(kind, selection.target)}
          />
        )}
      </div>
      {mapShown && (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label="Resize text and map"
          aria-valuemin={20}
          aria-valuemax={80}
          aria-valuenow={mapShare}
          tabIndex={0}
          className="split-handle"
          onKeyDown={(event) => {
            if (event.key === "ArrowLeft") setMapShare((share) => Math.min(80, share + 5));
            if (event.key === "ArrowRight") setMapShare((share) => Math.max(20, share - 5));
          }}
          onPointerDown={(event) => {
            const box = event.currentTarget.parentElement!.getBoundingClientRect();
            const move = (e: PointerEvent) =>
              setMapShare(Math.round(Math.min(80, Math.max(20, ((box.right - e.clientX) / box.width) * 100))));
            const up = () => {
              window.removeEventListener("pointermove", move);
              window.removeEventListener("pointerup", up);
            };
            window.addEventListener("pointermove", move);
            window.addEventListener("pointerup", up);
          }}
        />
      )}
      {mapShown ? (
        <MapPane
          maps={maps}
          orphaned={orphaned}
          selectedAnnotationId={selectedId}
          onOpenPassage={(annotationId) => {
            setSelectedId(annotationId);
            reveal(annotationId);
          }}
          onError={setError}
        />
      ) : (
        <AnnotationsPanel
          links={links}
          linkingFrom={linkingFrom}
          linkTarget={linkTarget}
          onStartLink={(id) => {
            setLinkingFrom(id);
            setLinkTarget(null);
          }}
          onLink={link}
          onCancelLink={() => setLinkingFrom(null)}
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
      )}
    </div>
  );
}
