"use client";

import dynamic from "next/dynamic";
import type { EditorView } from "prosemirror-view";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { annotationLinks } from "@/lib/argument/annotation-links";
import type { MapSummary } from "@/lib/maps/map-summaries";
import type { AnnotationKind, TextTarget } from "@/lib/validation/annotation";
import { api, ApiError } from "../../_lib/api";
import { AnnotationsPanel } from "./_annotations/annotations-panel";
import type { AudienceGroup } from "./_annotations/audience";
import { CaretNote } from "./_annotations/caret-note";
import { kindForShortcut } from "./_annotations/kinds";
import { SelectionToolbar } from "./_annotations/selection-toolbar";
import { UndoStatus } from "./_annotations/undo-status";
import { useAnnotations } from "./_annotations/use-annotations";
import { ReadingNow } from "./_live/reading-now";
import { useLive } from "./_live/use-live";
import { useLinking } from "./_map/use-linking";
import { useMaps } from "./_map/use-maps";
import { clearSelection } from "./clear-selection";
import { passageElements } from "./passage-elements";
import {
  ReaderEditor,
  type CaretAnnotation,
  type PrepaintInView,
  type RemoteText,
  type TextSelection,
} from "./reader-editor";
import { scrollToMiddle } from "./scroll-to-middle";
import { SplitHandle } from "./split-handle";
import { isNarrowScreen, isPhoneScreen } from "./narrow-screen";
import { MARGIN_DRAWER_ID, ViewSwitch } from "./view-switch";

// The map view (React Flow, and through its worker ELK) loads only when a
// reader opens it: reading and annotating never pay for it.
const MapPane = dynamic(() => import("./_map/map-pane").then((module) => module.MapPane), {
  ssr: false,
  loading: () => <p role="status">Loading the map…</p>,
});

type Props = {
  document: { id: string; title: string; content: Record<string, unknown>; version: number };
  /** What the reader's role lets them do here. */
  can: { annotate: boolean; editText: boolean; moderate: boolean };
  /** The number of the document's last change when the page was read: the live stream starts there. */
  seq: number;
  user: { id: string; name: string };
  /** The groups the reader may make annotations and maps visible to. */
  groups: AudienceGroup[];
  initialMaps: MapSummary[];
  /** The article as the server drew it for the reader (ReaderEditor shows it until it has drawn the highlights). */
  prepaint: PrepaintInView | null;
};

const FLASH_MS = 1600;

/** The reader: the text with its highlights, the selection toolbar, and the margin or the map. */
export function DocumentWorkspace({
  document,
  can: initialCan,
  seq,
  user,
  groups: initialGroups,
  initialMaps,
  prepaint,
}: Props) {
  const [groups, setGroups] = useState(initialGroups);
  const view = useRef<EditorView | null>(null);
  const store = useAnnotations(document.id, seq);
  const [can, setCan] = useState(initialCan);
  const [remoteText, setRemoteText] = useState<RemoteText | null>(null);
  const { annotations, undo } = store;
  const [orphaned, setOrphaned] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<TextSelection | null>(null);
  // What is selected now, for a save that ends after the reader moved on.
  const selectionNow = useRef(selection);
  useEffect(() => {
    selectionNow.current = selection;
  }, [selection]);
  const [caret, setCaret] = useState<CaretAnnotation | null>(null);
  const caretAnnotation = caret ? annotations.find((annotation) => annotation.id === caret.annotationId) : undefined;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Set once the server says the document is gone or no longer shared with the reader.
  const [lost, setLost] = useState(false);
  const maps = useMaps(document.id, initialMaps);
  const live = useLive(document.id, seq, {
    onFrame: (frame) => {
      store.receive(frame);
      maps.receive(frame);
    },
    onText: () => {
      void api.documents
        .get(document.id)
        .then(({ document: now }) =>
          setRemoteText({ content: now.content as Record<string, unknown>, version: now.version }),
        )
        .catch((caught: unknown) => report(caught, "Could not load the new text"));
    },
    onRole: (role) => {
      const editor = role === "editor" || role === "owner";
      setCan({ annotate: role !== "viewer", editText: editor, moderate: editor });
      void api.documents
        .audiences(document.id)
        .then(setGroups)
        .catch(() => {});
      setError(role === "viewer" ? "Your role is now Viewer: you can read, but no longer annotate." : null);
    },
    onLost: () => {
      setLost(true);
      setError("This document is no longer shared with you. What is on the screen stays until you leave.");
    },
  });
  const [mapShown, setMapShown] = useState(false);
  // The margin's drawer on narrow screens (on wide ones the margin is always shown).
  const [marginOpen, setMarginOpen] = useState(false);
  const [mapShare, setMapShare] = useState(50);
  const linking = useLinking(annotations, maps);
  const mapGraph = maps.current?.graph;
  const links = useMemo(() => (mapGraph ? annotationLinks(mapGraph) : new Map()), [mapGraph]);
  const canAnnotate = can.annotate && !lost;

  const report = useCallback((caught: unknown, fallback: string) => {
    if (caught instanceof ApiError && caught.lostDocument) setLost(true);
    setError(caught instanceof Error ? caught.message : fallback);
  }, []);
  /** Runs a margin action; a lost document is reported here, other errors go back to the form that asked. */
  const guarded = useCallback(
    <Args extends unknown[]>(action: (...args: Args) => Promise<void>) =>
      async (...args: Args) => {
        try {
          await action(...args);
        } catch (caught) {
          if (caught instanceof ApiError && caught.lostDocument) report(caught, "");
          throw caught;
        }
      },
    [report],
  );

  /**
   * On a narrow screen, opens the margin's drawer on an annotation; on a
   * phone, whose drawer is a sheet over the lower part of the screen, the
   * passage is scrolled up above it.
   */
  const openDrawerFor = useCallback((id: string) => {
    if (!isNarrowScreen()) return;
    setMarginOpen(true);
    if (!isPhoneScreen()) return;
    const passage = view.current && passageElements(view.current, id)[0];
    requestAnimationFrame(() => passage?.scrollIntoView({ block: "start", behavior: "smooth" }));
  }, []);

  /** Scrolls the text to an annotation's passage and flashes it. */
  const reveal = useCallback((id: string) => {
    const spans = view.current ? passageElements(view.current, id) : [];
    if (!spans.length) return;
    void scrollToMiddle(spans[0]!);
    spans.forEach((span) => span.classList.add("flash"));
    setTimeout(() => spans.forEach((span) => span.classList.remove("flash")), FLASH_MS);
  }, []);

  const tag = useCallback(
    async (kind: AnnotationKind, target: TextTarget) => {
      setBusy(true);
      setError(null);
      try {
        const created = await store.tag(kind, target);
        // The reader may have selected another passage while this one saved.
        if (selectionNow.current?.target === target) {
          if (view.current) clearSelection(view.current);
          setSelection(null);
        }
        setSelectedId(created.id);
        // On a phone the new annotation's form is in the drawer: open it to comment.
        openDrawerFor(created.id);
      } catch (caught) {
        report(caught, "Could not save the annotation");
      } finally {
        setBusy(false);
      }
    },
    [store, report, openDrawerFor],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const kind = kindForShortcut(event);
      const step = undo.handles(event);
      if (kind && selection && canAnnotate) {
        event.preventDefault();
        void tag(kind, selection.target);
      } else if (step) {
        event.preventDefault();
        event.stopPropagation();
        void undo.run(step);
      }
    }
    // Capture, so an annotation undo wins over the editor's own text undo.
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [selection, tag, undo, canAnnotate]);

  useEffect(() => {
    if (!marginOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => event.key === "Escape" && setMarginOpen(false);
    window.addEventListener("keydown", closeOnEscape);
    return () => window.removeEventListener("keydown", closeOnEscape);
  }, [marginOpen]);

  /** A highlight tapped or clicked in the text: selects it in the margin, opening the drawer on a phone. */
  const openFromText = (id: string) => {
    if (linking.from) return linking.pick(id);
    setSelectedId(id);
    openDrawerFor(id);
  };

  /** A passage dragged onto the map: the annotation it stands for, while it is not deleted. */
  const passageOf = (id: string) => {
    const annotation = annotations.find((a) => a.id === id && !a.deleted);
    return annotation && { id: annotation.id, kind: annotation.kind, quote: annotation.target.exact };
  };

  const select = (id: string) => {
    setSelectedId((current) => (current === id ? null : id));
    reveal(id);
  };

  return (
    // data-annotations-loaded: for tests and benchmarks, as the editor's data-editor-ready.
    <div className="workspace-frame" data-annotations-loaded={store.loaded}>
      <div className="workspace-bar">
        <ReadingNow
          documentId={document.id}
          status={live.status}
          readers={live.readers}
          total={live.total}
          connectionId={live.connectionId}
          userId={user.id}
        />
        <ViewSwitch
          mapShown={mapShown}
          onShowMap={setMapShown}
          annotationCount={annotations.filter((annotation) => !annotation.deleted).length}
          marginOpen={marginOpen}
          onToggleMargin={() => setMarginOpen(!marginOpen)}
        />
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {store.listError && (
        <p role="alert" className="form-error">
          The annotations could not be loaded ({store.listError}). Reload the page to try again.
        </p>
      )}
      <UndoStatus
        status={undo.status}
        onUndo={() => void undo.run("undo")}
        onRedo={() => void undo.run("redo")}
        onDismiss={undo.dismiss}
      />
      <div
        className={`workspace${mapShown ? " with-map" : ""}`}
        style={
          mapShown ? { gridTemplateColumns: `minmax(0, ${100 - mapShare}fr) 10px minmax(0, ${mapShare}fr)` } : undefined
        }
      >
        <div className="reading-column">
          <ReaderEditor
            documentId={document.id}
            title={document.title}
            content={document.content}
            version={document.version}
            editable={can.editText && !lost}
            annotations={annotations}
            annotationsLoaded={store.loaded}
            annotationsFailed={store.listError !== null}
            prepaint={prepaint}
            links={links}
            selectedId={selectedId}
            onReady={(editorView) => (view.current = editorView)}
            onSelection={setSelection}
            onCaret={setCaret}
            onAnnotationClick={openFromText}
            onOrphansChange={setOrphaned}
            onDocChange={undo.forgetOnEdit}
            onLost={() => setLost(true)}
            remoteText={remoteText}
            dragToMap={mapShown && canAnnotate && !!maps.current?.canEdit}
          />
          {caretAnnotation && caret && <CaretNote annotation={caretAnnotation} position={caret.position} />}
          {selection && canAnnotate && (
            <SelectionToolbar
              position={selection.position}
              busy={busy}
              onTag={(kind) => void tag(kind, selection.target)}
            />
          )}
        </div>
        {mapShown && <SplitHandle share={mapShare} onShare={setMapShare} />}
        {mapShown ? (
          <MapPane
            maps={maps}
            orphaned={orphaned}
            groups={groups}
            canAnnotate={canAnnotate}
            selectedAnnotationId={selectedId}
            onOpenPassage={(annotationId) => {
              setSelectedId(annotationId);
              // Where the map takes the whole screen, the passage is on the text's.
              if (isNarrowScreen()) setMapShown(false);
              requestAnimationFrame(() => reveal(annotationId));
            }}
            onError={(caught) => report(caught, "The map could not be changed")}
            passageOf={passageOf}
          />
        ) : (
          <div id={MARGIN_DRAWER_ID} className="margin-drawer" data-open={marginOpen}>
            <AnnotationsPanel
              loading={!store.loaded}
              headerAction={
                <button
                  type="button"
                  className="secondary narrow-only"
                  aria-label="Close annotations"
                  onClick={() => setMarginOpen(false)}
                >
                  Close
                </button>
              }
              links={links}
              linkingFrom={linking.from}
              linkTarget={linking.target}
              onStartLink={linking.start}
              onLink={guarded(linking.link)}
              onCancelLink={linking.cancel}
              onReveal={(id) => {
                setSelectedId(id);
                reveal(id);
              }}
              documentId={document.id}
              userId={user.id}
              canAnnotate={canAnnotate}
              canModerate={can.moderate && !lost}
              groups={groups}
              annotations={annotations}
              orphaned={orphaned}
              selectedId={selectedId}
              onSelect={select}
              onUpdate={guarded(store.update)}
              onDelete={guarded(async (id: string) => {
                await store.remove(annotations.find((a) => a.id === id)!);
                setSelectedId(null);
              })}
              onReply={guarded(store.reply)}
              onSetHidden={guarded(store.setHidden)}
              onImport={store.importW3C}
            />
          </div>
        )}
      </div>
    </div>
  );
}
