"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useMemo, useState } from "react";
import { checkMap } from "@/lib/argument/check-map";
import {
  addStatement,
  joinArguments,
  linkStatements,
  removeLink,
  splitArgument,
  updateArgument,
  updateNode,
} from "@/lib/argument/edit-map";
import { EMPTY_MAP_GRAPH, type MapGraph, type Relation } from "@/lib/validation/argument-map";
import { ArgumentPanel } from "./argument-panel";
import { mapApi } from "./map-api";
import type { Box } from "./flow-elements";
import { HistoryDialog } from "./history-dialog";
import { MapCanvas } from "./map-canvas";
import { MapActionsContext, type MapActions } from "./map-actions";
import { MapToolbar } from "./map-toolbar";
import { useLayout } from "./use-layout";
import type { useMaps } from "./use-maps";

type Props = {
  maps: ReturnType<typeof useMaps>;
  orphaned: ReadonlySet<string>;
  selectedAnnotationId: string | null;
  onOpenPassage: (annotationId: string) => void;
  onError: (message: string) => void;
};

/** Changes a link's relation in place: a support becomes an attack on the same statement, and back. */
function changeRelation(graph: MapGraph, linkId: string, relation: Relation): MapGraph {
  const argument = graph.arguments.find((a) => a.id === linkId);
  const attack = graph.attacks.find((a) => a.id === linkId);
  const from = argument ? argument.premiseIds[0] : attack?.attackerId;
  const to = argument ? argument.conclusionId : attack && "nodeId" in attack.target ? attack.target.nodeId : undefined;
  if (!from || !to || (argument && argument.premiseIds.length > 1)) return graph;
  return linkStatements(removeLink(graph, linkId), from, to, relation);
}

/** The Map view: the current map drawn beside the text, with its tools. */
export function MapPane({ maps, orphaned, selectedAnnotationId, onOpenPassage, onError }: Props) {
  const { current } = maps;
  const graph = current?.graph;
  const layoutWith = useLayout();
  const [layout, setLayout] = useState<ReadonlyMap<string, Box>>(new Map());
  const [selectedLink, setSelectedLink] = useState<string | null>(null);
  const [history, setHistory] = useState(false);
  const unplaced = graph?.nodes.filter((node) => !node.position).length ?? 0;
  // A map none of whose statements has a place yet waits for its layout on
  // an empty canvas, rather than drawing every statement on top of each
  // other first: React Flow mounts while the worker lays out and gets the
  // nodes afterwards, which keeps each main-thread task short.
  const waitingForLayout =
    !!graph && graph.nodes.length > 0 && graph.nodes.every((node) => !node.position && !layout.has(node.id));

  useEffect(() => {
    if (graph && unplaced > 0) {
      void layoutWith(graph).then((boxes) => {
        performance.mark("warrant:map-laid-out");
        setLayout(boxes);
      });
    }
    // Lay out again only when nodes without a position appear, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.id, unplaced, layoutWith]);

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

  async function relayout() {
    if (!graph) return;
    const boxes = await layoutWith({ ...graph, nodes: graph.nodes.map((node) => ({ ...node, position: null })) });
    setLayout(boxes);
    if (current?.canEdit) {
      maps.edit((g) => ({
        ...g,
        nodes: g.nodes.map((n) => ({
          ...n,
          position: boxes.get(n.id) ? { x: boxes.get(n.id)!.x, y: boxes.get(n.id)!.y } : n.position,
        })),
      }));
    }
  }

  function safely(change: (g: MapGraph) => MapGraph) {
    try {
      maps.edit(change);
    } catch (error) {
      onError(error instanceof Error ? error.message : "That change is not possible");
    }
  }

  async function importMap(file: File) {
    const source = await file.text();
    const format = /\.(json|aif)$/i.test(file.name) || source.trimStart().startsWith("{") ? "aif" : "argdown";
    try {
      const map = await mapApi.importFile(current?.documentId ?? "", format, source, file.name.replace(/\.[^.]+$/, ""));
      await maps.refreshList();
      await maps.open(map.id);
    } catch (error) {
      onError(error instanceof Error ? error.message : "The import failed");
    }
  }

  const selectedArgument = graph?.arguments.find((a) => a.id === selectedLink);
  const selectedAttack = graph?.attacks.find((a) => a.id === selectedLink);
  const selectedNodeId =
    graph?.nodes.find((n) => n.annotationId && n.annotationId === selectedAnnotationId)?.id ?? null;
  const nodeText = (id: string) => graph?.nodes.find((n) => n.id === id)?.text.slice(0, 60) ?? "";

  return (
    <section className="map-pane" aria-label="Argument map">
      <MapToolbar
        maps={maps.maps}
        current={current}
        status={maps.status}
        saveError={maps.saveError}
        onOpen={(id) => void maps.open(id)}
        onCreate={() => void maps.create(`Map ${maps.maps.length + 1}`)}
        onRename={(title) => maps.setDetails({ title })}
        onVisibility={(visibility) => maps.setDetails({ visibility })}
        onDelete={() => window.confirm("Delete this map and its history?") && void maps.remove()}
        onHistory={() => setHistory(true)}
        onImport={(file) => void importMap(file)}
        onAddStatement={() => {
          const text = window.prompt("The unstated premise, in your words:")?.trim();
          if (text) safely((g) => addStatement(g, text).graph);
        }}
        onLayout={() => void relayout()}
      />
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
            <ReactFlowProvider>
              <MapCanvas
                graph={waitingForLayout ? EMPTY_MAP_GRAPH : current.graph}
                layout={layout}
                status={status}
                canEdit={current.canEdit}
                selectedNodeId={selectedNodeId}
                onMove={(nodeId, position) => maps.edit((g) => updateNode(g, nodeId, { position }))}
                onConnect={(from, to) => {
                  const undercut = current.graph.arguments.find((a) => a.id === to);
                  safely((g) =>
                    undercut
                      ? linkStatements(g, from, undercut.conclusionId, "undercuts", undercut.id)
                      : linkStatements(g, from, to, "supports"),
                  );
                }}
                onSelectLink={setSelectedLink}
                onOpenNode={actions.openPassage}
              />
            </ReactFlowProvider>
          </MapActionsContext.Provider>
          {selectedArgument && (
            <ArgumentPanel
              graph={current.graph}
              argument={selectedArgument}
              canEdit={current.canEdit}
              onScheme={(scheme) => maps.edit((g) => updateArgument(g, selectedArgument.id, { scheme, answers: {} }))}
              onAnswer={(question, answer) =>
                maps.edit((g) =>
                  updateArgument(g, selectedArgument.id, {
                    answers: { ...selectedArgument.answers, [String(question)]: answer },
                  }),
                )
              }
              onJoin={() =>
                safely((g) =>
                  joinArguments(
                    g,
                    g.arguments.filter((a) => a.conclusionId === selectedArgument.conclusionId).map((a) => a.id),
                  ),
                )
              }
              onSplit={() => safely((g) => splitArgument(g, selectedArgument.id))}
              onRemove={() => {
                maps.edit((g) => removeLink(g, selectedArgument.id));
                setSelectedLink(null);
              }}
              onClose={() => setSelectedLink(null)}
            />
          )}
          {selectedAttack && (
            <section className="map-side-panel" aria-label="Attack">
              <h3>{"nodeId" in selectedAttack.target ? "Attack" : "Undercut"}</h3>
              <p className="hint">
                “{nodeText(selectedAttack.attackerId)}”{" "}
                {"nodeId" in selectedAttack.target
                  ? `attacks “${nodeText(selectedAttack.target.nodeId)}”.`
                  : "undercuts the inference it points at."}
              </p>
              {current.canEdit && (
                <div className="row">
                  {"nodeId" in selectedAttack.target && (
                    <label className="inline-label">
                      Relation
                      <select
                        value="attacks"
                        onChange={(event) => {
                          safely((g) => changeRelation(g, selectedAttack.id, event.target.value as Relation));
                          setSelectedLink(null);
                        }}
                      >
                        <option value="attacks">Attacks</option>
                        <option value="supports">Supports</option>
                      </select>
                    </label>
                  )}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      maps.edit((g) => removeLink(g, selectedAttack.id));
                      setSelectedLink(null);
                    }}
                  >
                    Remove link
                  </button>
                </div>
              )}
            </section>
          )}
          {warnings.length > 0 && (
            <section className="map-warnings" aria-label="Map checks">
              <h3>Checks</h3>
              <ul>
                {warnings.map((warning, i) => (
                  <li key={`${warning.code}-${i}`}>{warning.message}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {history && current && (
        <HistoryDialog
          mapId={current.id}
          canEdit={current.canEdit}
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
