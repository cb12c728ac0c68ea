import type { Mappable } from "prosemirror-transform";
import type { PositionRange } from "./types";

/**
 * Follows an anchored range `from`…`to` through an edit (a Transaction's
 * `mapping`, a StepMap, a Mapping). The start maps with assoc 1 and the
 * end with assoc −1, so text typed right at either edge stays outside the
 * annotation — as it does for the inline decoration that draws it — and an
 * annotation never grows by typing next to it; text typed inside grows it.
 *
 * Returns the mapped range, or null when the passage was deleted: the ends
 * met or crossed, or a deletion reached across both ends.
 */
export function mapRange(mapping: Mappable, from: number, to: number): PositionRange | null {
  const start = mapping.mapResult(from, 1);
  const end = mapping.mapResult(to, -1);
  if (start.pos >= end.pos || (start.deletedAcross && end.deletedAcross)) return null;
  return { from: start.pos, to: end.pos };
}
