"use client";

import {
  applyNodeChanges,
  Background,
  ControlButton,
  Controls,
  ReactFlow,
  type Edge,
  type Node,
  type NodeChange,
} from "@xyflow/react";
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { DragRelation } from "@/lib/argument/drag-link";
import type { LaidRoutes } from "@/lib/argument/layout-map";
import type { DroppedPassage } from "@/lib/argument/passage-drop";
import type { MapGraph } from "@/lib/validation/argument-map";
import { flowElements, type Box, type RelationEdgeData } from "./flow-elements";
import { LinkPopover } from "./link-popover";
import { MapSearch } from "./map-search";
import { MiniMap } from "./mini-map";
import { RelationEdge } from "./relation-edge";
import { JunctionNode, StatementNode } from "./statement-node";
import { useDragLink } from "./use-drag-link";
import { useKeepCentre } from "./use-keep-centre";
import { useMapViewport } from "./use-map-viewport";
import { usePassageDrop } from "./use-passage-drop";
import { useRevealSelected } from "./use-reveal-selected";
import "@xyflow/react/dist/style.css";

/** React Flow's control names, in the words of the map (and the handle's, which starts a link). */
const ARIA_LABELS = {
  "controls.zoomIn.ariaLabel": "Zoom in",
  "controls.zoomOut.ariaLabel": "Zoom out",
  "minimap.ariaLabel": "Mini-map",
  "handle.ariaLabel": "Drag onto another box to link",
};

/** The mini-map's size (React Flow's 200 × 150) and margin: "Fit map" keeps that corner clear. */
const MINI_MAP_CORNER = { width: 215, height: 165 };
const MIN_ZOOM = 0.02;
/** "Fit map" never blows a small map up past this. */
const MAX_FIT_ZOOM = 1.2;
const FIT = { corner: MINI_MAP_CORNER, limits: { minZoom: MIN_ZOOM, maxZoom: MAX_FIT_ZOOM } };

// Module scope, as React Flow requires: a new object each render remounts every node.
const NODE_TYPES = { statement: StatementNode, junction: JunctionNode };
const EDGE_TYPES = { relation: RelationEdge };

type Props = {
  graph: MapGraph;
  layout: ReadonlyMap<string, Box>;
  /** The edge routes the layout drew, kept while their boxes stay where it put them. */
  routes: LaidRoutes;
  /** How many times the reader asked for "Re-run layout": each shows the first view again. */
  relayouts: number;
  status: { orphaned: ReadonlySet<string>; warned: ReadonlySet<string> };
  canEdit: boolean;
  selectedNodeId: string | null;
  onMove: (nodeId: string, position: { x: number; y: number }) => void;
  /** A box dragged onto another, and the relation chosen on drop. */
  onLink: (fromId: string, toId: string, relation: DragRelation) => void;
  /** The annotation a passage dragged from the text stands for, if the reader sees it. */
  passageOf: (annotationId: string) => DroppedPassage | undefined;
  /** A passage dropped on a box, and the relation chosen. */
  onLinkPassage: (passage: DroppedPassage, toId: string, relation: DragRelation) => void;
  onSelectLink: (linkId: string) => void;
  onOpenNode: (nodeId: string) => void;
  /** Where "Find statement" goes: the toolbar's row, so it covers no box. */
  searchSlot: HTMLElement | null;
  /** Beside the map, e.g. the selected link's panel (a column, or a sheet on a narrow pane). */
  children?: ReactNode;
};

/**
 * The next connected statement in an arrow key's direction, by position.
 * Junctions are passed through: from a premise, Up reaches the conclusion.
 */
function neighbour(from: Node, nodes: Node[], edges: Edge[], key: string): Node | undefined {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const adjacent = (id: string) =>
    edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
  const linked = new Set<string>();
  for (const id of adjacent(from.id)) {
    if (byId.get(id)?.type === "junction") adjacent(id).forEach((next) => next !== from.id && linked.add(next));
    else linked.add(id);
  }
  const axis = key === "ArrowUp" || key === "ArrowDown" ? "y" : "x";
  const sign = key === "ArrowUp" || key === "ArrowLeft" ? -1 : 1;
  return [...linked]
    .flatMap((id) => byId.get(id) ?? [])
    .filter((n) => sign * (n.position[axis] - from.position[axis]) > 0)
    .sort(
      (a, b) => Math.abs(a.position[axis] - from.position[axis]) - Math.abs(b.position[axis] - from.position[axis]),
    )[0];
}

/**
 * The map drawn with React Flow: drag to move (positions are saved), drag
 * from a node's lower handle to another node to link them, click a link to
 * change it; arrow keys move between connected nodes, Enter opens the
 * passage. Only visible elements are rendered, so large maps stay fluid.
 */
export function MapCanvas(props: Props) {
  const { graph, layout, status, canEdit } = props;
  const { routes } = props;
  const base = useMemo(() => flowElements(graph, layout, status, routes), [graph, layout, status, routes]);
  const withSelection = (list: Node[], id: string | null) =>
    list.map((node) => (!!node.selected === (node.id === id) ? node : { ...node, selected: node.id === id }));
  // React Flow owns the nodes while they are dragged and measured; a new map
  // or layout (`base`) or another selected node resets them during render,
  // not in an effect, which would hand React Flow every node a second time.
  // Unchanged nodes keep their identity, so React Flow skips them.
  const [nodes, setNodes] = useState<Node[]>(() => withSelection(base.nodes, props.selectedNodeId));
  const [shown, setShown] = useState({ base: base.nodes, selected: props.selectedNodeId });
  if (shown.base !== base.nodes || shown.selected !== props.selectedNodeId) {
    setShown({ base: base.nodes, selected: props.selectedNodeId });
    setNodes(withSelection(shown.base !== base.nodes ? base.nodes : nodes, props.selectedNodeId));
  }

  const container = useRef<HTMLDivElement>(null);
  useRevealSelected(props.selectedNodeId, container);
  useKeepCentre(container);
  const viewport = useMapViewport(graph, base.nodes, container, FIT, props.relayouts, props.selectedNodeId);
  const dragLink = useDragLink(graph, container, props.onLink);
  const passageDrop = usePassageDrop(graph, canEdit, container, props.passageOf, props.onLinkPassage);
  // The box a dragged passage is over is drawn as the drop target.
  const drawn = useMemo(
    () =>
      passageDrop.over
        ? nodes.map((node) => (node.id === passageDrop.over ? { ...node, className: "is-drop-target" } : node))
        : nodes,
    [nodes, passageDrop.over],
  );

  /** The drawn box of a node, if drawn: only boxes in view are (onlyRenderVisibleElements). */
  const drawnBox = (nodeId: string) =>
    container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);

  /** A statement found by "Find statement": centred, selected, and given the focus. */
  function showFound(nodeId: string) {
    setNodes((list) => withSelection(list, nodeId));
    void viewport.centreOn(nodeId).then(() => drawnBox(nodeId)?.focus());
  }

  /**
   * Gives a box the focus, in view: one wholly in view at once; one partly
   * out of view, or not drawn at all, centred first, then focused.
   */
  function focusBox(nodeId: string) {
    const box = drawnBox(nodeId);
    const canvas = container.current?.getBoundingClientRect();
    const at = box?.getBoundingClientRect();
    const inView =
      canvas &&
      at &&
      at.left >= canvas.left &&
      at.right <= canvas.right &&
      at.top >= canvas.top &&
      at.bottom <= canvas.bottom;
    if (box && inView) box.focus();
    else void viewport.centreOn(nodeId).then(() => drawnBox(nodeId)?.focus());
  }

  function onKeyDownCapture(event: KeyboardEvent<HTMLDivElement>) {
    const element = (event.target as HTMLElement).closest<HTMLElement>(".react-flow__node");
    if (!element || (event.target as HTMLElement).matches("textarea, input")) return;
    const current = nodes.find((node) => node.id === element.dataset.id);
    if (!current) return;
    // Enter on a junction is left to its button, which opens the argument's panel.
    if (event.key === "Enter" && current.type === "statement") {
      event.preventDefault();
      props.onOpenNode(current.id);
    } else if (event.key.startsWith("Arrow")) {
      event.preventDefault();
      event.stopPropagation();
      const next = neighbour(current, nodes, base.edges, event.key);
      if (next) focusBox(next.id);
    }
  }

  return (
    <div className="map-canvas" ref={container} onKeyDownCapture={onKeyDownCapture} {...passageDrop.dropHandlers}>
      <ReactFlow
        nodes={drawn}
        edges={base.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={(changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current))}
        onNodeDragStop={(_event, node) => node.type === "statement" && props.onMove(node.id, node.position)}
        onNodeClick={(_event, node) => node.type === "statement" && props.onOpenNode(node.id)}
        onInit={viewport.onInit}
        onMoveStart={viewport.onMoveStart}
        onConnectEnd={dragLink.onConnectEnd}
        onEdgeClick={(_event, edge) => props.onSelectLink((edge.data as RelationEdgeData).linkId)}
        nodesDraggable={canEdit}
        nodesConnectable={canEdit}
        nodesFocusable
        edgesFocusable
        disableKeyboardA11y
        onlyRenderVisibleElements
        // Far enough out to see a few hundred statements side by side at once (0.05 left a 400-statement map wider than the canvas).
        minZoom={MIN_ZOOM}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background gap={24} />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton aria-label="Fit map" title="Fit map" onClick={viewport.fitAll}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </ControlButton>
        </Controls>
        <MiniMap nodes={drawn} ariaLabel={ARIA_LABELS["minimap.ariaLabel"]} />
      </ReactFlow>
      {props.children}
      {props.searchSlot && createPortal(<MapSearch nodes={graph.nodes} onChoose={showFound} />, props.searchSlot)}
      {dragLink.pending && (
        <LinkPopover
          at={dragLink.pending.at}
          fromText={dragLink.pending.fromText}
          toText={dragLink.pending.toText}
          choices={dragLink.pending.choices}
          onChoose={dragLink.choose}
          onCancel={dragLink.cancel}
        />
      )}
      {passageDrop.pending && (
        <LinkPopover
          label="Link the passage"
          at={passageDrop.pending.at}
          fromText={passageDrop.pending.fromText}
          toText={passageDrop.pending.toText}
          choices={passageDrop.pending.choices}
          onChoose={passageDrop.choose}
          onCancel={passageDrop.cancel}
        />
      )}
    </div>
  );
}
