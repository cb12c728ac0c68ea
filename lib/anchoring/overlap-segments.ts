// Overlapping annotations are drawn as the stretches of text where the set
// of annotations over it stays the same, one element per stretch, instead
// of one nested element per annotation: thirty readers highlighting one
// sentence made thirty nested spans whose tints stacked until the text was
// unreadable, and a few thousand crashed the browser tab. Here are the pure
// parts: cutting covered text into segments, and what a segment says.

/** An annotation's stretch of one textblock, and the class it is drawn with. */
export interface Covering {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly className: string;
}

/** A stretch of text covered by the same annotations throughout. */
export interface OverlapSegment {
  readonly from: number;
  readonly to: number;
  /** How many annotations cover it. */
  readonly count: number;
  /**
   * Up to `limit` of them: the focused one first when it covers the
   * segment, then the innermost (shortest) first, ties by id.
   */
  readonly ids: readonly string[];
  /** The class every covering annotation shares, or null when they differ. */
  readonly sharedClass: string | null;
  /** Whether the focused annotation is among them. */
  readonly focused: boolean;
}

/** How many ids a segment names at most: its DOM attribute must stay small however many annotations cover it. */
export const SEGMENT_ID_LIMIT = 8;

const length = (covering: Covering) => covering.to - covering.from;

/** Whether `a` should be named before `b`: the innermost (shortest), then by id, so the order never depends on input order. */
function before(a: Covering, b: Covering): boolean {
  return length(a) < length(b) || (length(a) === length(b) && a.id < b.id);
}

/** The `limit` first of `active` by `before`, without sorting them all (a segment may have thousands). */
function firstIds(active: Iterable<Covering>, limit: number, focused: string | null): string[] {
  const best: Covering[] = [];
  for (const covering of active) {
    if (covering.id === focused) continue;
    let at = best.length;
    while (at > 0 && before(covering, best[at - 1]!)) at--;
    if (at < limit) {
      best.splice(at, 0, covering);
      if (best.length > limit) best.pop();
    }
  }
  return best.map((covering) => covering.id);
}

/**
 * Cuts the text under `coverings` into segments, in document order, each
 * covered by the same annotations throughout; text covered by none is left
 * out. `focused` is the focused annotation's id (or null).
 */
export function overlapSegments(
  coverings: readonly Covering[],
  focused: string | null,
  limit = SEGMENT_ID_LIMIT,
): OverlapSegment[] {
  const starts = [...coverings].filter((c) => c.from < c.to).sort((a, b) => a.from - b.from);
  const ends = [...starts].sort((a, b) => a.to - b.to);
  const cuts = [...new Set(starts.flatMap((c) => [c.from, c.to]))].sort((a, b) => a - b);
  const active = new Map<string, Covering>();
  const classes = new Map<string, number>();
  const segments: OverlapSegment[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    for (; nextEnd < ends.length && ends[nextEnd]!.to <= from; nextEnd++) {
      const gone = ends[nextEnd]!;
      if (active.delete(gone.id)) {
        const left = classes.get(gone.className)! - 1;
        if (left === 0) classes.delete(gone.className);
        else classes.set(gone.className, left);
      }
    }
    for (; nextStart < starts.length && starts[nextStart]!.from <= from; nextStart++) {
      const come = starts[nextStart]!;
      if (come.to <= from || active.has(come.id)) continue;
      active.set(come.id, come);
      classes.set(come.className, (classes.get(come.className) ?? 0) + 1);
    }
    if (active.size === 0) continue;
    const isFocused = focused !== null && active.has(focused);
    const ids = firstIds(active.values(), isFocused ? limit - 1 : limit, focused);
    segments.push({
      from,
      to,
      count: active.size,
      ids: isFocused ? [focused, ...ids] : ids,
      sharedClass: classes.size === 1 ? [...classes.keys()][0]! : null,
      focused: isFocused,
    });
  }
  return segments;
}

/**
 * The bucket a segment's count falls in, which sets its tint: "1", "2",
 * "3-5" or "6-plus". The tint grows with the bucket, never with each
 * annotation, so the darkest (6-plus) bounds how dark text can get.
 */
export function countBucket(count: number): string {
  if (count <= 2) return String(count);
  return count <= 5 ? "3-5" : "6-plus";
}
