type Box = { x: number; y: number; width: number; height: number };

/** The rectangle round every box of a map, in flow coordinates; null for a map with no box. */
export function mapBounds(
  boxes: ReadonlyMap<string, Box>,
): { left: number; top: number; right: number; bottom: number } | null {
  const all = [...boxes.values()];
  if (all.length === 0) return null;
  return {
    left: Math.min(...all.map((b) => b.x)),
    top: Math.min(...all.map((b) => b.y)),
    right: Math.max(...all.map((b) => b.x + b.width)),
    bottom: Math.max(...all.map((b) => b.y + b.height)),
  };
}
