"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useMemo, useRef, useState } from "react";
import { checkMap } from "@/lib/argument/check-map";
import { linkByDrag } from "@/lib/argument/drag-link";
import { linkPassageByDrop, type DroppedPassage } from "@/lib/argument/passage-drop";
import { updateNode } from "@/lib/argument/edit-map";
import type { MapImportReport } from "@/lib/maps/import-map";
import { EMPTY_MAP_GRAPH, type MapGraph } from "@/lib/validation/argument-map";
import { api } from "../../../_lib/api";
import type { AudienceGroup } from "../_annotations/audience";
import { MapChecks } from "./map-checks";
import { HistoryDialog } from "./history-dialog";
import { ImportReport } from "./import-report";
import { LinkPanel } from "./link-panel";
import { MapCanvas } from "./map-canvas";
import { MapActionsContext, type MapActions } from "./map-actions";
import { MapToolbar } from "./map-toolbar";
import { useFullWindow } from "./use-full-window";
import { useMapLayout } from "./use-map-layout";
import type { useMaps } from "./use-maps";
import { usePaneHeight } from "./use-pane-height";

type Props = {
  maps: ReturnType<typeof useMaps>;
  orphaned: ReadonlySet<string>;
  /** The groups the reader may make a map visible to. */
  groups: AudienceGroup[];
  selectedAnnotationId: string | null;
  onOpenPassage: (annotationId: string) => void;
  /** The annotation a passage dragged from the text stands for, if the reader sees it. */
  passageOf: (annotationId: string) => DroppedPassage | undefined;
  /** Whether the reader may make maps (Commenter or more). */
  canAnnotate: boolean;
  onError: (error: unknown) => void;
};

/** The Map view: the current map drawn beside the text, with its tools. */
export function MapPane(props: Props) {
  const { maps, orphaned, groups, canAnnotate, selectedAnnotationId, onOpenPassage, onError } = props;
  const { current } = maps;
  const graph = current?.graph;
  const { layout, routes, relayouts, waiting: waitingForLayout, relayout } = useMapLayout(maps);
  const [selectedLink, setSelectedLink] = useState<string | null>(null);
  const [history, setHistory] = useState(false);
  const [importReport, setImportReport] = useState<MapImportReport | null>(null);
  const [fullWindow, setFullWindow] = useFullWindow();
  const [searchSlot, setSearchSlot] = useState<HTMLElement | null>(null);
  const pane = useRef<HTMLElement>(null);
  usePaneHeight(pane);

  const warnings = useMemo(
    () => (graph ? checkMap(graph, { orphanedAnnotationIds: orphaned }) : []),
    [graph, orphaned],
  );
  const status = useMemo(
    () => ({ orphaned, warned: new Set(warnings.flatMap((warning) => warning.nodeIds)) }),
    [orphaned, warnings],
  );

  const actions = useMemo<MapActions>(
    () => ({
      canEdit: !!current?.canEdit,
      openPassage: (nodeId) => {
        const annotationId = graph?.nodes.find((node) => node.id === nodeId)?.annotationId;
        if (annotationId) onOpenPassage(annotationId);
      },
      editText: (nodeId, text) => maps.edit((g) => updateNode(g, nodeId, { text })),
      selectArgument: (argumentId) => setSelectedLink(argumentId),
    }),
    [current?.canEdit, graph, maps, onOpenPassage],
  );

  function safely(change: (g: MapGraph) => MapGraph) {
    try {
      maps.edit(change);
    } catch (error) {
      onError(error);
    }
  }

  async function importMap(file: File) {
    const source = await file.text();
    const format = /\.(json|aif)$/i.test(file.name) || source.trimStart().startsWith("{") ? "aif" : "argdown";
    try {
      const { map, report } = await api.maps.importFile(
        maps.documentId,
        format,
        source,
        file.name.replace(/\.[^.]+$/, ""),
      );
      await maps.refreshList();
      await maps.open(map.id);
      setImportReport(report);
    } catch (error) {
      onError(error);
    }
  }

  const selectedNodeId =
    graph?.nodes.find((n) => n.annotationId && n.annotationId === selectedAnnotationId)?.id ?? null;

  return (
    <section ref={pane} className={`map-pane${fullWindow ? " is-full-window" : ""}`} aria-label="Argument map">
      <MapToolbar
        maps={maps.maps}
        current={current}
        status={maps.status}
        canAnnotate={canAnnotate}
        saveError={maps.saveError}
        onOpen={(id) => void maps.open(id)}
        onCreate={() => void maps.create(`Map ${maps.maps.length + 1}`)}
        onRename={(title) => maps.setDetails({ title })}
        groups={groups}
        onAudience={(audience, group) => maps.setDetails(audience, group)}
        onDelete={() => window.confirm("Delete this map and its history?") && void maps.remove()}
        onHistory={() => setHistory(true)}
        onImport={(file) => void importMap(file)}
        onLayout={() => void relayout()}
        fullWindow={fullWindow}
        onFullWindow={setFullWindow}
        searchSlot={setSearchSlot}
      />
      {importReport && <ImportReport report={importReport} onDismiss={() => setImportReport(null)} />}
      {maps.notice && (
        <p role="status" className="map-notice">
          {maps.notice}{" "}
          <button type="button" className="link-button" onClick={maps.dismissNotice}>
            Dismiss
          </button>
        </p>
      )}
      {!current ? (
        <p className="empty">No map yet. Select an annotation in the margin and choose “Link”, or make a “New map”.</p>
      ) : (
        <>
          {waitingForLayout && (
            <p role="status" className="empty map-laying-out">
              Laying out the map…
            </p>
          )}
          <MapActionsContext.Provider value={actions}>
            {/* One React Flow per map: each opens on its own first view. */}
            <ReactFlowProvider key={current.id}>
              <MapCanvas
                graph={waitingForLayout ? EMPTY_MAP_GRAPH : current.graph}
                layout={layout}
                routes={routes}
                relayouts={relayouts}
                status={status}
                canEdit={current.canEdit}
                selectedNodeId={selectedNodeId}
                onMove={(nodeId, position) => maps.edit((g) => updateNode(g, nodeId, { position }))}
                onLink={(from, to, relation) => safely((g) => linkByDrag(g, from, to, relation))}
                passageOf={props.passageOf}
                onLinkPassage={(passage, to, relation) =>
                  safely((g) => linkPassageByDrop(g, passage, to, relation, layout))
                }
                onSelectLink={setSelectedLink}
                onOpenNode={actions.openPassage}
                searchSlot={searchSlot}
              >
                {selectedLink && (
                  <LinkPanel
                    graph={current.graph}
                    canEdit={current.canEdit}
                    layout={layout}
                    linkId={selectedLink}
                    edit={safely}
                    onClose={() => setSelectedLink(null)}
                  />
                )}
              </MapCanvas>
            </ReactFlowProvider>
          </MapActionsContext.Provider>
          <MapChecks warnings={warnings} />
        </>
      )}
      {history && current && (
        <HistoryDialog
          mapId={current.id}
          canEdit={current.canManage}
          onRestore={async (version) => {
            await maps.restore(version);
            setHistory(false);
          }}
          onClose={() => setHistory(false)}
        />
      )}
    </section>
  );
}
