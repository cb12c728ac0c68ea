import type { EdgeBox } from "./edge-ends";

type Point = { x: number; y: number };

/** Room kept between a new box and its neighbours, px (the layout's own node spacing). */
const GAP = 28;
/** Step of the search for a free spot, px. */
const STEP = 20;
/** How far the search goes before giving up on a free spot, in steps. */
const RINGS = 200;

const centre = (box: EdgeBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

function clashes(box: EdgeBox, taken: readonly EdgeBox[]): boolean {
  return taken.some(
    (other) =>
      box.x < other.x + other.width + GAP &&
      other.x < box.x + box.width + GAP &&
      box.y < other.y + other.height + GAP &&
      other.y < box.y + box.height + GAP,
  );
}

/** Offsets on the square ring `ring` steps out, nearest first. */
function ringOffsets(ring: number): Point[] {
  const offsets: Point[] = [];
  for (let i = -ring; i <= ring; i++) {
    offsets.push({ x: i, y: -ring }, { x: i, y: ring });
    if (Math.abs(i) !== ring) offsets.push({ x: -ring, y: i }, { x: ring, y: i });
  }
  return offsets.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y));
}

/**
 * Places the boxes `newIds` on a map whose other boxes the reader has placed
 * (`placed`, left where they are): each new box goes where a fresh layout
 * of the whole map (`laid`) put it relative to the placed box that layout
 * put nearest to it — so a new premise lands beside the statement it
 * belongs with, however far the reader dragged that — and, if that spot is
 * taken, to the nearest spot with GAP px clear of every box, placed or new.
 * Returns the new boxes' top-left corners.
 */
export function placeNewBoxes(
  placed: ReadonlyMap<string, EdgeBox>,
  laid: ReadonlyMap<string, EdgeBox>,
  newIds: readonly string[],
): Map<string, Point> {
  const taken = [...placed.values()];
  const anchors = [...placed.keys()].flatMap((id) => {
    const fresh = laid.get(id);
    return fresh ? [{ fresh, now: placed.get(id)! }] : [];
  });
  const found = new Map<string, Point>();
  for (const id of newIds) {
    const fresh = laid.get(id);
    if (!fresh) continue;
    const here = centre(fresh);
    const anchor = anchors.reduce<(typeof anchors)[number] | undefined>((best, candidate) => {
      const distance = (a: EdgeBox) => Math.hypot(centre(a).x - here.x, centre(a).y - here.y);
      return !best || distance(candidate.fresh) < distance(best.fresh) ? candidate : best;
    }, undefined);
    const wanted = anchor
      ? { x: anchor.now.x + fresh.x - anchor.fresh.x, y: anchor.now.y + fresh.y - anchor.fresh.y }
      : { x: fresh.x, y: fresh.y };
    let spot = wanted;
    search: for (let ring = 0; ring <= RINGS; ring++) {
      for (const offset of ring === 0 ? [{ x: 0, y: 0 }] : ringOffsets(ring)) {
        const candidate = { x: wanted.x + offset.x * STEP, y: wanted.y + offset.y * STEP };
        if (!clashes({ ...candidate, width: fresh.width, height: fresh.height }, taken)) {
          spot = candidate;
          break search;
        }
      }
    }
    found.set(id, spot);
    taken.push({ ...spot, width: fresh.width, height: fresh.height });
  }
  return found;
}
