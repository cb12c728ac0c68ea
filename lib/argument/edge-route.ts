import { facingEnds, type EdgeBox, type EdgeEnd } from "./edge-ends";

export type Point = { x: number; y: number };

/**
 * How far a detour keeps from the boxes it goes round, px: the first that
 * finds a way. Boxes packed closer than the roomier one (a junction beside
 * a box) still leave a way at the tighter one.
 */
const CLEARANCES = [14, 4];
/**
 * How far round the two ends' boxes a detour may wander, px: the first
 * margin that finds a way. Only the boxes in that window are searched, so
 * a short detour costs little however big the map is.
 */
const WINDOWS = [60, 320];
/** A turn costs as much as this many px of line: fewer, longer legs read better. */
const TURN_COST = 60;

/**
 * Whether the segment a–b passes through the inside of `box`. Touching its
 * border (an edge that ends on the box, or runs along its side) does not
 * count: that is where an edge is meant to meet its own boxes.
 */
export function segmentHitsBox(a: Point, b: Point, box: EdgeBox): boolean {
  // Liang–Barsky: the part of the segment (t in [enter, leave]) inside the box.
  let enter = 0;
  let leave = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clips: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
  }
  if (leave - enter <= 1e-9) return false;
  // Inside the closed box for a stretch: through it unless that stretch lies on its border.
  const middle = (enter + leave) / 2;
  const x = a.x + dx * middle;
  const y = a.y + dy * middle;
  return x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
}

function grown(box: EdgeBox, by: number): EdgeBox {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function strictlyInside(point: Point, box: EdgeBox): boolean {
  return point.x > box.x && point.x < box.x + box.width && point.y > box.y && point.y < box.y + box.height;
}

/** A point `clearance` out from where an edge meets its box, straight away from that side. */
function stub(end: EdgeEnd, clearance: number): Point {
  const out = { top: [0, -1], bottom: [0, 1], left: [-1, 0], right: [1, 0] }[end.side];
  return { x: end.x + out[0]! * clearance, y: end.y + out[1]! * clearance };
}

/** Drops points in the middle of a straight run. */
function simplified(points: Point[]): Point[] {
  return points.filter((point, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    if (!before || !after) return true;
    return !((before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y));
  });
}

/**
 * The route of an edge from `source` to `target` that passes through none
 * of `obstacles` (the other boxes on the map): a straight line between the
 * sides that face each other (facingEnds) when nothing is in its way, else
 * a line that leaves straight out of that side and goes round what is in
 * the way in horizontal and vertical legs, keeping CLEARANCES from every
 * box — the shortest such route, counting each turn as TURN_COST px.
 *
 * It searches a sparse grid made of the lines just outside each nearby
 * box's sides (an orthogonal visibility graph), so its cost follows the
 * boxes near the two ends, not the size of the map (see WINDOWS). Falls back to the
 * straight line when the boxes leave no way round.
 */
export function routeEdge(source: EdgeBox, target: EdgeBox, obstacles: readonly EdgeBox[]): Point[] {
  const ends = facingEnds(source, target);
  const start: Point = { x: ends.source.x, y: ends.source.y };
  const end: Point = { x: ends.target.x, y: ends.target.y };
  const straight = [start, end];
  for (const [i, margin] of WINDOWS.entries()) {
    const window = {
      x: Math.min(source.x, target.x) - margin,
      y: Math.min(source.y, target.y) - margin,
      width: Math.max(source.x + source.width, target.x + target.width) - Math.min(source.x, target.x) + 2 * margin,
      height: Math.max(source.y + source.height, target.y + target.height) - Math.min(source.y, target.y) + 2 * margin,
    };
    const near = obstacles.filter(
      (box) =>
        box.x < window.x + window.width &&
        box.x + box.width > window.x &&
        box.y < window.y + window.height &&
        box.y + box.height > window.y,
    );
    // The straight line lies within the first window, so its boxes are all it can hit.
    if (i === 0 && !near.some((box) => segmentHitsBox(start, end, box))) return straight;
    for (const clearance of CLEARANCES) {
      const boxes = [...near, source, target];
      const [from, to] = [stub(ends.source, clearance), stub(ends.target, clearance)];
      const detour = orthogonalDetour(from, to, boxes, clearance, window);
      if (detour) return simplified([start, ...detour, end]);
    }
  }
  return straight;
}

/**
 * The cheapest horizontal-and-vertical route from `from` to `to` that
 * enters no box of `boxes` grown by just under `clearance` (Dijkstra over
 * grid points × the direction they were reached in, so turns are paid for).
 */
function orthogonalDetour(
  from: Point,
  to: Point,
  boxes: EdgeBox[],
  clearance: number,
  window: EdgeBox,
): Point[] | null {
  const walls = boxes.map((box) => grown(box, clearance - 1));
  const unique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  const inX = (x: number) => x >= window.x && x <= window.x + window.width;
  const inY = (y: number) => y >= window.y && y <= window.y + window.height;
  const xs = unique([from.x, to.x, ...boxes.flatMap((b) => [b.x - clearance, b.x + b.width + clearance]).filter(inX)]);
  const ys = unique([from.y, to.y, ...boxes.flatMap((b) => [b.y - clearance, b.y + b.height + clearance]).filter(inY)]);
  const point = (index: number): Point => ({ x: xs[index % xs.length]!, y: ys[Math.floor(index / xs.length)]! });
  const indexOf = (p: Point) => ys.indexOf(p.y) * xs.length + xs.indexOf(p.x);
  const open = (p: Point) => !walls.some((wall) => strictlyInside(p, wall));
  const clear = (a: Point, b: Point) => !walls.some((wall) => segmentHitsBox(a, b, wall));
  if (!open(from) || !open(to)) return null;

  // State = grid point × the direction it was entered by (0 →, 1 ←, 2 ↓, 3 ↑, 4 start).
  const states = xs.length * ys.length * 5;
  const cost = new Float64Array(states).fill(Infinity);
  const previous = new Int32Array(states).fill(-1);
  const startState = indexOf(from) * 5 + 4;
  cost[startState] = 0;
  const queue = new MinQueue();
  queue.push(startState, 0);
  const goal = indexOf(to);
  while (queue.size > 0) {
    const [state, paid] = queue.pop();
    if (paid > cost[state]!) continue;
    const at = Math.floor(state / 5);
    if (at === goal) return walk(previous, state, point);
    const heading = state % 5;
    const column = at % xs.length;
    const row = Math.floor(at / xs.length);
    const moves: [number, number, number][] = [
      [column + 1, row, 0],
      [column - 1, row, 1],
      [column, row + 1, 2],
      [column, row - 1, 3],
    ];
    for (const [c, r, direction] of moves) {
      if (c < 0 || r < 0 || c >= xs.length || r >= ys.length) continue;
      const next = r * xs.length + c;
      const [a, b] = [point(at), point(next)];
      if (!open(b) || !clear(a, b)) continue;
      const turn = heading !== 4 && heading !== direction ? TURN_COST : 0;
      const total = paid + Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + turn;
      const nextState = next * 5 + direction;
      if (total < cost[nextState]!) {
        cost[nextState] = total;
        previous[nextState] = state;
        queue.push(nextState, total);
      }
    }
  }
  return null;
}

function walk(previous: Int32Array, last: number, point: (index: number) => Point): Point[] {
  const points: Point[] = [];
  for (let state = last; state !== -1; state = previous[state]!) points.push(point(Math.floor(state / 5)));
  return points.reverse();
}

/** A binary min-heap of (item, priority). */
class MinQueue {
  private items: [number, number][] = [];
  get size() {
    return this.items.length;
  }
  push(item: number, priority: number) {
    const items = this.items;
    items.push([item, priority]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]![1] <= priority) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let smallest = i;
        if (l < items.length && items[l]![1] < items[smallest]![1]) smallest = l;
        if (r < items.length && items[r]![1] < items[smallest]![1]) smallest = r;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}
