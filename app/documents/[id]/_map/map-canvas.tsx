"use client";

import {
  applyNodeChanges,
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
} from "@xyflow/react";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import type { MapGraph } from "@/lib/validation/argument-map";
import { flowElements, type Box, type RelationEdgeData } from "./flow-elements";
import { RelationEdge } from "./relation-edge";
import { JunctionNode, StatementNode } from "./statement-node";
import "@xyflow/react/dist/style.css";

/** Above this many nodes the map opens on its top layer rather than all of it. */
const LARGE_MAP = 80;
/** How much of a large map, in flow px right of and below its first conclusion, the opening view fits. */
const OPENING_VIEW = { width: 900, height: 500 };

// fitView counts only measured nodes unless told to include "hidden" ones,
// which then counts every node by its initial size: nodes out of view are
// never rendered, so never measured (see flowElements).
const UNMEASURED_TOO = { includeHiddenNodes: true } as const;

// Module scope, as React Flow requires: a new object each render remounts every node.
const NODE_TYPES = { statement: StatementNode, junction: JunctionNode };
const EDGE_TYPES = { relation: RelationEdge };

type Props = {
  graph: MapGraph;
  layout: ReadonlyMap<string, Box>;
  status: { orphaned: ReadonlySet<string>; warned: ReadonlySet<string> };
  canEdit: boolean;
  selectedNodeId: string | null;
  onMove: (nodeId: string, position: { x: number; y: number }) => void;
  onConnect: (fromId: string, toId: string) => void;
  onSelectLink: (linkId: string) => void;
  onOpenNode: (nodeId: string) => void;
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
  const base = useMemo(() => flowElements(graph, layout, status), [graph, layout, status]);
  const flow = useReactFlow();
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

  useEffect(() => {
    if (props.selectedNodeId)
      void flow.fitView({ nodes: [{ id: props.selectedNodeId }], maxZoom: 1.2, duration: 300, ...UNMEASURED_TOO });
  }, [flow, props.selectedNodeId]);

  // A statement added or laid out anew should not land out of sight. A large
  // map opens at a readable zoom on the first conclusion of its top layer
  // and what lies just below it, instead of all of it at once: the text stays
  // legible and only what is in view is rendered, which keeps a
  // thousand-node map quick to open.
  const count = base.nodes.length;
  useEffect(() => {
    const nodes = base.nodes;
    if (nodes.length <= LARGE_MAP) {
      void flow.fitView({ duration: 200, ...UNMEASURED_TOO });
      return;
    }
    const first = nodes.reduce((a, b) =>
      b.position.y < a.position.y || (b.position.y === a.position.y && b.position.x < a.position.x) ? b : a,
    );
    const near = nodes.filter(
      ({ position: { x, y } }) =>
        x >= first.position.x &&
        x < first.position.x + OPENING_VIEW.width &&
        y < first.position.y + OPENING_VIEW.height,
    );
    void flow.fitView({ nodes: near.map((node) => ({ id: node.id })), minZoom: 0.6, maxZoom: 1, ...UNMEASURED_TOO });
    // Only when nodes come or go, or the layout moved them all: not on every drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow, count, layout]);

  function onKeyDownCapture(event: KeyboardEvent<HTMLDivElement>) {
    const element = (event.target as HTMLElement).closest<HTMLElement>(".react-flow__node");
    if (!element || (event.target as HTMLElement).matches("textarea, input")) return;
    const current = nodes.find((node) => node.id === element.dataset.id);
    if (!current) return;
    if (event.key === "Enter") {
      event.preventDefault();
      if (current.type === "statement") props.onOpenNode(current.id);
    } else if (event.key.startsWith("Arrow")) {
      event.preventDefault();
      event.stopPropagation();
      const next = neighbour(current, nodes, base.edges, event.key);
      if (next) element.parentElement?.querySelector<HTMLElement>(`[data-id="${CSS.escape(next.id)}"]`)?.focus();
    }
  }

  return (
    <div className="map-canvas" onKeyDownCapture={onKeyDownCapture}>
      <ReactFlow
        nodes={nodes}
        edges={base.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={(changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current))}
        onNodeDragStop={(_event, node) => node.type === "statement" && props.onMove(node.id, node.position)}
        onNodeClick={(_event, node) => node.type === "statement" && props.onOpenNode(node.id)}
        onConnect={(connection: Connection) => props.onConnect(connection.source, connection.target)}
        onEdgeClick={(_event, edge) => props.onSelectLink((edge.data as RelationEdgeData).linkId)}
        nodesDraggable={canEdit}
        nodesConnectable={canEdit}
        nodesFocusable
        edgesFocusable
        disableKeyboardA11y
        onlyRenderVisibleElements
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
