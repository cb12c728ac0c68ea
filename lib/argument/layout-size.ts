import type { MapGraph } from "@/lib/validation/argument-map";
import { mapEdges, mapJunctions } from "./map-edges";

/**
 * How big a map is for ELK's layered layout: its boxes (statements and
 * junctions), its edges, and the dummy nodes the layering adds where an
 * edge spans several layers. ELK's time follows the boxes plus the dummies
 * far more than the statements: 50 statements linked by 100 five-premise
 * arguments at random (long edges everywhere, thousands of dummies) took
 * longer than a 5,000-statement tree-like map (measured; see
 * layout-in-worker.ts). `layered` is boxes + dummies.
 */
export type LayoutSize = { boxes: number; edges: number; dummies: number; layered: number };

/**
 * Estimates LayoutSize without laying out: edges that close a cycle are
 * turned round (as ELK does), every box goes one layer above the highest of
 * its sources (a longest-path layering), and each edge spanning k layers
 * counts k − 1 dummies. ELK's own layering minimises edge lengths, so it
 * adds no more dummies than this. Linear in the size of the map.
 */
export function layoutSize(graph: MapGraph): LayoutSize {
  const ids = [...graph.nodes.map((node) => node.id), ...mapJunctions(graph).map((junction) => junction.id)];
  const index = new Map(ids.map((id, i) => [id, i]));
  // mapEdges joins only statements and junctions it draws, all of them in `ids`.
  const pairs = mapEdges(graph).flatMap(({ source, target }) => {
    const [from, to] = [index.get(source)!, index.get(target)!];
    return from === to ? [] : [[from, to] as const];
  });
  // Stryker disable next-line ArrayDeclaration: a stray first entry names no box (state and layer read undefined), so it is never followed
  const out: number[][] = ids.map(() => []);
  for (const [from, to] of pairs) out[from].push(to);
  // Iterative depth-first search: an edge to a box still on the stack closes a cycle.
  const state = new Uint8Array(ids.length); // 0 unseen, 1 on the stack, 2 done
  const reversed = new Set<string>();
  const order: number[] = [];
  for (const root of ids.keys()) {
    // Stryker disable next-line ConditionalExpression: searching again from a finished box finds every edge finished: nothing is turned, and repeating the box in `order` leaves the layering as it was
    if (state[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [box, next] = top;
      // Stryker disable next-line EqualityOperator: at next === length the edge read is undefined, which neither branch below follows, and the next step finishes the box
      if (next < out[box].length) {
        top[1] += 1;
        const to = out[box][next];
        if (state[to] === 1) reversed.add(`${box}>${to}`);
        else if (state[to] === 0) {
          state[to] = 1;
          stack.push([to, 0]);
        }
      } else {
        state[box] = 2;
        order.push(box);
        stack.pop();
      }
    }
  }
  // `order` (finishing order) reversed is a topological order once the cycle-closing edges are turned.
  const acyclic = pairs.map(([from, to]) => (reversed.has(`${from}>${to}`) ? [to, from] : [from, to]));
  // Stryker disable next-line ArrayDeclaration: a stray first entry gives NaN, which the Int32Array stores as 0, the layer the box starts at anyway
  const incoming: number[][] = ids.map(() => []);
  for (const [from, to] of acyclic) incoming[to].push(from);
  const layer = new Int32Array(ids.length);
  const topological = [...order].reverse();
  for (const box of topological) {
    for (const from of incoming[box]) layer[box] = Math.max(layer[box], layer[from] + 1);
  }
  let dummies = 0;
  for (const [from, to] of acyclic) dummies += Math.max(0, Math.abs(layer[to] - layer[from]) - 1);
  return { boxes: ids.length, edges: pairs.length, dummies, layered: ids.length + dummies };
}
