import type { EdgeBox } from "./edge-ends";
import { routeEdge, segmentHitsBox, type Point } from "./edge-route";
import { textWidth } from "./map-style";

/**
 * An edge to route: between two boxes by id, with the word it carries, if
 * any, and the route the layout drew for it, if any.
 */
export type EdgeToRoute = { id: string; source: string; target: string; label?: string; laid?: Point[] };

/** Its route (first point on the source's border, last on the target's) and its label's box. */
export type RoutedEdge = { points: Point[]; label: EdgeBox | null };

/** Edge labels: 12 px semibold (the map view's CSS) on a plate 7 px wider a side; 21 px a line with its plate (the support button is 20), 16 px each further line. */
const LABEL = { size: 12, weight: 1.08, padX: 7, height: 21, lineHeight: 16 } as const;
/** Where along its route a label may sit, nearest the middle first. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9];
/** Grid cell of the box index, px: a few statement boxes wide. */
const CELL = 400;

/** The plate of a label (lines split at "\n") centred on `at`, sized to hold every word whole. */
export function labelBox(text: string, at: Point): EdgeBox {
  const lines = text.split("\n");
  const widest = Math.max(...lines.map((line) => textWidth(line, LABEL.size)));
  const width = Math.ceil(widest * LABEL.weight) + 2 * LABEL.padX;
  const height = LABEL.height + (lines.length - 1) * LABEL.lineHeight;
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

/** Boxes bucketed by grid cell, to find the ones near a place without looking at all. */
class BoxIndex {
  // Column, then row: number keys, as a map of 1,000 boxes is indexed again on every frame of a drag.
  private columns = new Map<number, Map<number, EdgeBox[]>>();
  add(box: EdgeBox) {
    const [left, right, top, bottom] = cellsOf(box);
    for (let cx = left; cx <= right; cx++) {
      let column = this.columns.get(cx);
      if (!column) this.columns.set(cx, (column = new Map()));
      for (let cy = top; cy <= bottom; cy++) {
        const cell = column.get(cy);
        if (cell) cell.push(box);
        else column.set(cy, [box]);
      }
    }
  }
  near(area: EdgeBox): EdgeBox[] {
    const found = new Set<EdgeBox>();
    const [left, right, top, bottom] = cellsOf(area);
    for (let cx = left; cx <= right; cx++) {
      const column = this.columns.get(cx);
      if (!column) continue;
      for (let cy = top; cy <= bottom; cy++) for (const box of column.get(cy) ?? []) found.add(box);
    }
    return [...found];
  }
}

/** The first and last column and row of grid cells `box` covers. */
function cellsOf(box: EdgeBox): [number, number, number, number] {
  return [
    Math.floor(box.x / CELL),
    Math.floor((box.x + box.width) / CELL),
    Math.floor(box.y / CELL),
    Math.floor((box.y + box.height) / CELL),
  ];
}

const overlaps = (a: EdgeBox, b: EdgeBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The point `fraction` of the way along a polyline. */
function pointAlong(points: Point[], fraction: number): Point {
  const lengths = points.slice(1).map((point, i) => Math.hypot(point.x - points[i]!.x, point.y - points[i]!.y));
  let left = lengths.reduce((sum, length) => sum + length, 0) * fraction;
  for (const [i, length] of lengths.entries()) {
    if (left <= length && length > 0) {
      const [a, b] = [points[i]!, points[i + 1]!];
      return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    }
    left -= length;
  }
  return points.at(-1)!;
}

/** Whether a route still runs from `source` to `target` (its ends on or in their boxes) and through no other box. */
function fits(route: Point[], source: EdgeBox, target: EdgeBox, others: EdgeBox[]): boolean {
  const within = (point: Point, box: EdgeBox) =>
    point.x >= box.x - 1 &&
    point.x <= box.x + box.width + 1 &&
    point.y >= box.y - 1 &&
    point.y <= box.y + box.height + 1;
  if (route.length < 2 || !within(route[0]!, source) || !within(route.at(-1)!, target)) return false;
  return !route.slice(1).some((point, i) => others.some((box) => segmentHitsBox(route[i]!, point, box)));
}

/** One routing of a map: what routeMap was given and what it drew, to start the next from. */
export type MapRouting = {
  boxes: ReadonlyMap<string, EdgeBox>;
  edges: readonly EdgeToRoute[];
  routed: Map<string, RoutedEdge>;
};

const sameBox = (a: EdgeBox | undefined, b: EdgeBox | undefined) =>
  !!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Whether an edge's route or label crosses `box`. */
function touches(drawn: RoutedEdge, box: EdgeBox): boolean {
  if (drawn.label && overlaps(drawn.label, box)) return true;
  const { points } = drawn;
  for (let i = 1; i < points.length; i++) if (segmentHitsBox(points[i - 1]!, points[i]!, box)) return true;
  return false;
}

/**
 * The edges of `previous` that routeMap can keep as they were: the same
 * edge (ends, word, layout route), neither of its boxes moved, and neither
 * its route nor its label touching a box that moved, where it was or where
 * it is. A drag thus reroutes the few edges near the dragged box, not the
 * whole map. Null when too much moved for keeping to pay.
 */
function keepable(boxes: ReadonlyMap<string, EdgeBox>, edges: readonly EdgeToRoute[], previous: MapRouting) {
  const moved = new Set<string>();
  for (const [id, box] of boxes) if (!sameBox(box, previous.boxes.get(id))) moved.add(id);
  for (const id of previous.boxes.keys()) if (!boxes.has(id)) moved.add(id);
  if (moved.size > boxes.size / 4) return null;
  const dirty = [...moved].flatMap((id) => [previous.boxes.get(id), boxes.get(id)].filter((box) => !!box));
  // The same list (a drag moves boxes, not edges): each edge is as it was, no need to look it up.
  const before = edges === previous.edges ? null : new Map(previous.edges.map((edge) => [edge.id, edge]));
  const kept = new Map<string, RoutedEdge>();
  for (const edge of edges) {
    const was = before ? before.get(edge.id) : edge;
    const drawn = previous.routed.get(edge.id);
    if (!was || !drawn || moved.has(edge.source) || moved.has(edge.target)) continue;
    if (was.source !== edge.source || was.target !== edge.target) continue;
    if (was.label !== edge.label || was.laid !== edge.laid) continue;
    if (!dirty.some((box) => touches(drawn, box))) kept.set(edge.id, drawn);
  }
  return kept;
}

/**
 * Routes every edge of a map drawn with `boxes` (statement and junction
 * boxes by id, where they are now, dragged or laid out): each goes round
 * the other boxes — along the layout's route while that still joins its
 * boxes and crosses none, else routeEdge's — and its label sits on it
 * where it covers no box and no other label — nearest the middle of the
 * route that allows it, else at the middle. Edges with a missing box are
 * left out. Given the `previous` routing, it keeps the edges a change of
 * boxes leaves untouched (keepable) and routes only the rest.
 */
export function routeMap(
  boxes: ReadonlyMap<string, EdgeBox>,
  edges: readonly EdgeToRoute[],
  previous?: MapRouting,
): Map<string, RoutedEdge> {
  const index = new BoxIndex();
  for (const box of boxes.values()) index.add(box);
  const labels = new BoxIndex();
  const kept = previous ? keepable(boxes, edges, previous) : null;
  for (const { label } of kept?.values() ?? []) if (label) labels.add(label);
  const routed = new Map<string, RoutedEdge>();
  for (const edge of edges) {
    const keep = kept?.get(edge.id);
    if (keep) {
      routed.set(edge.id, keep);
      continue;
    }
    const [source, target] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!source || !target) continue;
    const reach = {
      x: Math.min(source.x, target.x) - CELL,
      y: Math.min(source.y, target.y) - CELL,
      width: Math.abs(source.x - target.x) + Math.max(source.width, target.width) + 2 * CELL,
      height: Math.abs(source.y - target.y) + Math.max(source.height, target.height) + 2 * CELL,
    };
    const others = index.near(reach).filter((box) => box !== source && box !== target);
    const points = edge.laid && fits(edge.laid, source, target, others) ? edge.laid : routeEdge(source, target, others);
    let label: EdgeBox | null = null;
    if (edge.label) {
      const text = edge.label;
      const free = (plate: EdgeBox) =>
        !index.near(plate).some((box) => overlaps(plate, box)) &&
        !labels.near(plate).some((box) => overlaps(plate, box));
      label =
        ALONG.map((fraction) => labelBox(text, pointAlong(points, fraction))).find(free) ??
        labelBox(text, pointAlong(points, 0.5));
      labels.add(label);
    }
    routed.set(edge.id, { points, label });
  }
  return routed;
}
