/** A node's box on the map canvas, in flow coordinates (top-left corner and size). */
export type EdgeBox = { x: number; y: number; width: number; height: number };

export type Side = "top" | "right" | "bottom" | "left";

/** Where an edge meets a box: the middle of one of its sides. */
export type EdgeEnd = { x: number; y: number; side: Side };

function middleOf(box: EdgeBox, side: Side): EdgeEnd {
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  if (side === "top") return { x: centreX, y: box.y, side };
  if (side === "bottom") return { x: centreX, y: box.y + box.height, side };
  if (side === "left") return { x: box.x, y: centreY, side };
  return { x: box.x + box.width, y: centreY, side };
}

/**
 * Where an edge from `source` to `target` should leave and enter: the middles
 * of the sides that face each other, across the wider of the two gaps
 * between the boxes. A premise below its conclusion leaves from its top and
 * the arrow enters the conclusion's bottom, instead of looping from the
 * premise's bottom round both boxes to the conclusion's top; side by side,
 * the edge joins their facing left and right sides. Works wherever the
 * reader has dragged the boxes, not only where the layout put them.
 */
export function facingEnds(source: EdgeBox, target: EdgeBox): { source: EdgeEnd; target: EdgeEnd } {
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  const horizontalGap = Math.abs(dx) - (source.width + target.width) / 2;
  const verticalGap = Math.abs(dy) - (source.height + target.height) / 2;
  if (verticalGap >= horizontalGap) {
    const targetAbove = dy < 0;
    return {
      source: middleOf(source, targetAbove ? "top" : "bottom"),
      target: middleOf(target, targetAbove ? "bottom" : "top"),
    };
  }
  const targetLeft = dx < 0;
  return {
    source: middleOf(source, targetLeft ? "left" : "right"),
    target: middleOf(target, targetLeft ? "right" : "left"),
  };
}
