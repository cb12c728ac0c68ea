import type { MapGraph } from "@/lib/validation/argument-map";
import type { EdgeBox } from "./edge-ends";
import { statementBox } from "./map-style";

type Point = { x: number; y: number };

/** Room kept between a junction's square and any statement box, px. */
const JUNCTION_CLEARANCE = 6;
/** Step of the search for a junction spot clear of every box, px. */
const STEP = 4;
/** How far that search goes, in steps (1,200 px): beyond it the junction stays where it was wanted. */
const RINGS = 300;

const centre = (box: EdgeBox): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Whether a junction square of side `size` centred on `at` comes within JUNCTION_CLEARANCE of `box`. */
function touches(at: Point, size: number, box: EdgeBox): boolean {
  const half = size / 2 + JUNCTION_CLEARANCE;
  return (
    at.x + half > box.x && at.x - half < box.x + box.width && at.y + half > box.y && at.y - half < box.y + box.height
  );
}

/**
 * The point nearest `wanted` (on a STEP px grid round it) where a junction
 * of side `size` keeps clear of every box: the map draws a junction on no
 * statement, so its dot, its badge's anchor and its legs stay readable.
 */
export function junctionClearOf(wanted: Point, size: number, boxes: readonly EdgeBox[]): Point {
  const near = boxes.filter((box) => touches(wanted, size + 2 * RINGS * STEP, box));
  const free = (at: Point) => !near.some((box) => touches(at, size, box));
  if (free(wanted)) return wanted;
  for (let ring = 1; ring <= RINGS; ring++) {
    let best: Point | undefined;
    let bestDistance = Infinity;
    // The square ring `ring` steps out; the nearest free point on it wins (rings grow outwards, so the first ring with one holds a nearest point, up to a step).
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [
        [i, -ring],
        [i, ring],
        [-ring, i],
        [ring, i],
      ] as const) {
        const at = { x: wanted.x + dx * STEP, y: wanted.y + dy * STEP };
        const distance = Math.hypot(dx, dy);
        if (distance < bestDistance && free(at)) {
          best = at;
          bestDistance = distance;
        }
      }
    }
    if (best) return best;
  }
  return wanted;
}

/** Where the map view draws a map: statement boxes by id, and junction centres by argument id. */
export type DrawnPlaces = { statements: Map<string, EdgeBox>; junctions: Map<string, Point> };

/**
 * Where each statement and junction of `graph` is drawn, from the saved
 * positions and `layout` (the merged layout: mergeLayout's boxes, statements
 * and the junctions it kept). A statement is drawn at its saved position,
 * else at the layout's spot, at statementBox's size; one with neither — new,
 * or on a map just opened, while the layout worker has not answered — is
 * not drawn yet. (Drawn at 0,0 meanwhile, every such box lay on the others
 * and the junctions between them: the phone screenshot's overlap, seen
 * whenever the layout took longer than the page.)
 *
 * A junction (of the arguments in `junctionIds`) is drawn once all its
 * statements are: at the layout's spot while they all stand where the
 * layout put them, else halfway between its premises and its conclusion;
 * either way moved to the nearest spot clear of every statement box
 * (junctionClearOf), since a saved or dragged box may cover it. Statements
 * are never moved: only junctions, which nobody places.
 */
export function drawnPlaces(
  graph: MapGraph,
  layout: ReadonlyMap<string, EdgeBox>,
  junctionIds: ReadonlySet<string>,
  junctionSize: number,
): DrawnPlaces {
  const statements = new Map<string, EdgeBox>();
  const whereLaid = new Set<string>();
  for (const node of graph.nodes) {
    const laid = layout.get(node.id);
    const at = node.position ?? laid;
    if (!at) continue;
    const { width, height } = statementBox(node);
    statements.set(node.id, { x: at.x, y: at.y, width, height });
    if (laid && laid.x === at.x && laid.y === at.y) whereLaid.add(node.id);
  }
  const boxes = [...statements.values()];
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const junctions = new Map<string, Point>();
  for (const argument of graph.arguments) {
    if (!junctionIds.has(argument.id)) continue;
    // A premise naming no statement (a graph mid-edit) is left out, as mapJunctions does; one not drawn yet holds the junction back.
    const premiseIds = argument.premiseIds.filter((id) => nodeIds.has(id));
    const premises = premiseIds.flatMap((id) => statements.get(id) ?? []);
    const conclusion = statements.get(argument.conclusionId);
    if (!conclusion || premises.length !== premiseIds.length || premises.length === 0) continue;
    const laid = layout.get(argument.id);
    const wanted =
      laid && [argument.conclusionId, ...premiseIds].every((id) => whereLaid.has(id))
        ? centre(laid)
        : {
            x: (premises.reduce((sum, box) => sum + centre(box).x, 0) / premises.length + centre(conclusion).x) / 2,
            y: (premises.reduce((sum, box) => sum + centre(box).y, 0) / premises.length + centre(conclusion).y) / 2,
          };
    junctions.set(argument.id, junctionClearOf(wanted, junctionSize, boxes));
  }
  return { statements, junctions };
}
