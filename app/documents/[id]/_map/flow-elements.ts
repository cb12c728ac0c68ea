import { MarkerType, Position, type Edge, type Node, type NodeHandle } from "@xyflow/react";
import { aifSpeakers, type SaidBy } from "@/lib/argument/formats/aif-speakers";
import type { Point } from "@/lib/argument/edge-route";
import type { LaidRoutes } from "@/lib/argument/layout-map";
import { drawnPlaces } from "@/lib/argument/drawn-places";
import { attackRelation, type EdgeRelation } from "@/lib/argument/map-edges";
import { RELATION_COLOR, statementBox } from "@/lib/argument/map-style";
import { nodeLabel } from "@/lib/argument/node-label";
import { questionBadge } from "@/lib/argument/question-badge";
import { argumentName } from "@/lib/argument/scheme-roles";
import type { MapArgument, MapGraph, MapNode } from "@/lib/validation/argument-map";

/** `saidBy`: who introduced the statement in the AIF+ dialogue it was imported from (aifSpeakers), if anyone. */
export type StatementData = { mapNode: MapNode; orphaned: boolean; warned: boolean; saidBy: SaidBy[] | null };
/** How an argument is named and how its critical questions stand, on its junction or its arrow's label. */
export type ArgumentMark = { name: string; badge: string | null };
export type JunctionData = { argumentId: string; linked: boolean; scheme: string | null } & ArgumentMark;
/**
 * `argument` is set on the one edge that stands for a whole argument (a
 * direct support): its label opens it. `laid` is the route the layout drew
 * for it, used while its boxes stay where the layout put them.
 */
export type RelationEdgeData = {
  relation: EdgeRelation;
  linkId: string;
  linked: boolean;
  argument?: ArgumentMark;
  laid?: Point[];
};

const markOf = (graph: MapGraph, argument: MapArgument): ArgumentMark => ({
  name: argumentName(graph, argument),
  badge: questionBadge(argument),
});

export type Box = { x: number; y: number; width: number; height: number };

/** Where a node is drawn and how big: as measured once shown, as laid out while React Flow has not drawn it. */
export function drawnBox(node: Node): Box {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? node.initialWidth ?? 0,
    height: node.measured?.height ?? node.height ?? node.initialHeight ?? 0,
  };
}

/** A typical statement box's width (statementBox gives each its own), for boxes not drawn yet. */
export const STATEMENT_WIDTH = 240;
const JUNCTION_SIZE = 18;

/**
 * Arguments drawn through a junction: linked ones (premises join there, so
 * the map shows they count only together) and undercut ones (the undercut
 * needs a point on the inference to attack), and those a statement supports
 * as a whole (Argdown's "+> <A>"). A plain one-premise support is a direct arrow.
 */
export function drawnWithJunction(graph: MapGraph): Set<string> {
  const undercut = new Set([
    ...graph.attacks.flatMap((a) => ("argumentId" in a.target ? [a.target.argumentId] : [])),
    ...(graph.argumentSupports ?? []).map((support) => support.argumentId),
  ]);
  return new Set(graph.arguments.filter((a) => a.premiseIds.length > 1 || undercut.has(a.id)).map((a) => a.id));
}

/** React Flow's default handle: a 6 px dot centred on the border. */
const HANDLE = 6;

/**
 * Where a node's handles will be, from its expected size: with these (and
 * an initial size) React Flow treats the node as measured, so it renders
 * only the nodes in view when a map opens. Without them it renders every
 * node once to measure it — for 1,000 statements two main-thread tasks of
 * ~180 ms each. A rendered node is measured as usual and replaces the guess.
 */
function expectedHandles(width: number, height: number): NodeHandle[] {
  const x = width / 2 - HANDLE / 2;
  return [
    { type: "target", position: Position.Top, x, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
    { type: "source", position: Position.Bottom, x, y: height - HANDLE / 2, width: HANDLE, height: HANDLE },
  ];
}

/**
 * The map as React Flow nodes and edges: statements at their saved
 * positions (or the layout's), junctions between their premises and
 * conclusion, and one edge per relation with its kind in `data`.
 */
export function flowElements(
  graph: MapGraph,
  layout: ReadonlyMap<string, Box>,
  status: { orphaned: ReadonlySet<string>; warned: ReadonlySet<string> },
  routes: LaidRoutes = new Map(),
): { nodes: Node[]; edges: Edge[] } {
  // Every box is drawn at the size the layout (and the export) gives it,
  // statementBox's, so boxes the layout keeps apart never overlap on screen.
  // A statement with no place yet (the layout has not answered) is hidden
  // rather than drawn at 0,0 on top of the others; drawnPlaces says why.
  const junctions = drawnWithJunction(graph);
  const places = drawnPlaces(graph, layout, junctions, JUNCTION_SIZE);
  const speakers = aifSpeakers(graph);
  const nodes: Node[] = graph.nodes.map((mapNode) => {
    const place = places.statements.get(mapNode.id);
    const { width, height } = place ?? statementBox(mapNode);
    const { x, y } = place ?? { x: 0, y: 0 };
    return {
      id: mapNode.id,
      type: "statement",
      hidden: !place,
      ariaLabel: `${nodeLabel(mapNode)}: ${mapNode.text.slice(0, 120)}`,
      position: { x, y },
      initialWidth: width,
      initialHeight: height,
      handles: expectedHandles(width, height),
      data: {
        mapNode,
        orphaned: !!mapNode.annotationId && status.orphaned.has(mapNode.annotationId),
        warned: status.warned.has(mapNode.id),
        saidBy: speakers.get(mapNode.id) ?? null,
      } satisfies StatementData,
    };
  });
  const edges: Edge[] = [];
  for (const argument of graph.arguments) {
    if (!junctions.has(argument.id)) {
      const premiseId = argument.premiseIds[0]!;
      const mark = markOf(graph, argument);
      edges.push(relationEdge(argument.id, premiseId, argument.conclusionId, "supports", argument.id, false, mark));
      continue;
    }
    // Drawn once its statements are, clear of every box (drawnPlaces).
    const at = places.junctions.get(argument.id);
    nodes.push({
      id: argument.id,
      type: "junction",
      hidden: !at,
      position: at ? { x: at.x - JUNCTION_SIZE / 2, y: at.y - JUNCTION_SIZE / 2 } : { x: 0, y: 0 },
      initialWidth: JUNCTION_SIZE,
      initialHeight: JUNCTION_SIZE,
      handles: expectedHandles(JUNCTION_SIZE, JUNCTION_SIZE),
      data: {
        argumentId: argument.id,
        linked: argument.premiseIds.length > 1,
        scheme: argument.scheme,
        ...markOf(graph, argument),
      } satisfies JunctionData,
    });
    const linked = argument.premiseIds.length > 1;
    for (const premiseId of argument.premiseIds) {
      edges.push(relationEdge(`${argument.id}:${premiseId}`, premiseId, argument.id, "supports", argument.id, linked));
    }
    edges.push(relationEdge(`${argument.id}:out`, argument.id, argument.conclusionId, "supports", argument.id, linked));
  }
  for (const attack of graph.attacks) {
    const target = "nodeId" in attack.target ? attack.target.nodeId : attack.target.argumentId;
    edges.push(relationEdge(attack.id, attack.attackerId, target, attackRelation(attack), attack.id, false));
  }
  for (const support of graph.argumentSupports ?? []) {
    edges.push(relationEdge(support.id, support.premiseId, support.argumentId, "supports", support.id, false));
  }
  for (const restatement of graph.restatements ?? []) {
    edges.push(relationEdge(restatement.id, restatement.fromId, restatement.toId, "restates", restatement.id, false));
  }
  // An edge to a box not drawn yet waits with it. The layout's route of each
  // edge: a direct support's runs through the junction the layout gave its argument.
  const hidden = new Set(nodes.filter((node) => node.hidden).map((node) => node.id));
  for (const edge of edges) {
    if (hidden.has(edge.source) || hidden.has(edge.target)) edge.hidden = true;
    const data = edge.data as RelationEdgeData;
    const laid = data.argument
      ? joined(routes.get(`${edge.source}>${data.linkId}`), routes.get(`${data.linkId}>${edge.target}`))
      : routes.get(`${edge.source}>${edge.target}`);
    if (laid) data.laid = laid;
  }
  return { nodes, edges };
}

function joined(first: Point[] | undefined, second: Point[] | undefined): Point[] | undefined {
  return first && second ? [...first, ...second] : undefined;
}

function relationEdge(
  id: string,
  source: string,
  target: string,
  relation: EdgeRelation,
  linkId: string,
  linked: boolean,
  argument?: ArgumentMark,
): Edge {
  // Junction-to-conclusion halves carry no label: the label sits on the first half only.
  const label = id.endsWith(":out") ? undefined : relation;
  return {
    id,
    source,
    target,
    // Drawn by RelationEdge between the boxes' facing sides.
    type: "relation",
    label,
    className: `relation relation-${relation}${linked ? " relation-linked" : ""}`,
    data: { relation, linkId, linked, ...(argument ? { argument } : {}) } satisfies RelationEdgeData,
    // The export's colours (map-style), for the line and its arrowhead alike.
    // Restates dashed as in the export, so it never reads as a support by colour alone.
    style: { stroke: RELATION_COLOR[relation], ...(relation === "restates" && { strokeDasharray: "4 4" }) },
    markerEnd: { type: MarkerType.ArrowClosed, color: RELATION_COLOR[relation], width: 18, height: 18 },
    ariaLabel: `${relation}`,
  };
}

/** Each kind's name; a box's own label is nodeLabel's, which also names unstated premises. */
export { KIND_NAMES } from "@/lib/argument/node-label";
