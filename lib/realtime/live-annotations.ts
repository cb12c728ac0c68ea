import type { AnnotationView } from "@/lib/validation/annotation";
import type { LiveFrame } from "./live-frame";

/**
 * The annotations a reader holds, kept current by live frames. Frames may
 * arrive twice or out of order (a reconnect replays; tabs relay): each
 * annotation keeps the `asOf` of the frame that last set it, and a frame
 * older than that changes nothing. `staleAt` is the change after which the
 * whole list must be fetched again (an import, or an edit of the text, moved
 * many at once; or the changes a reader missed were pruned from the log), or null.
 */
export type LiveAnnotations = {
  seq: number;
  list: ReadonlyMap<string, AnnotationView>;
  asOf: ReadonlyMap<string, number>;
  staleAt: number | null;
};

/** A freshly fetched list, as of log number `seq`. */
export function liveAnnotations(list: readonly AnnotationView[], seq: number): LiveAnnotations {
  return {
    seq,
    list: new Map(list.map((annotation) => [annotation.id, annotation])),
    asOf: new Map(list.map((annotation) => [annotation.id, seq])),
    staleAt: null,
  };
}

/** The state after `frame`; the same object when the frame changes nothing (old, or about something else). */
export function applyAnnotationFrame(state: LiveAnnotations, frame: LiveFrame): LiveAnnotations {
  const seq = "seq" in frame ? Math.max(state.seq, frame.seq) : state.seq;
  switch (frame.type) {
    case "annotation":
    case "annotation-removed": {
      const id = frame.type === "annotation" ? frame.annotation.id : frame.id;
      if (frame.asOf < (state.asOf.get(id) ?? -1)) return seq === state.seq ? state : { ...state, seq };
      const list = new Map(state.list);
      if (frame.type === "annotation") list.set(id, frame.annotation);
      else list.delete(id);
      return { ...state, seq, list, asOf: new Map(state.asOf).set(id, frame.asOf) };
    }
    case "annotations":
    case "text":
    case "reload":
      return frame.seq > state.seq ? { ...state, seq, staleAt: Math.max(state.staleAt ?? 0, frame.seq) } : state;
    default:
      return seq === state.seq ? state : { ...state, seq };
  }
}

/** Two ISO 8601 times, as a sort's comparator: their characters' order is their times' order. */
const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The list in document order, as the margin and the text draw it. Ties by
 * creation time compare characters: localeCompare sets up the browser's
 * collation on its first call, ~10 ms of every reader page (issue 12).
 */
export function annotationsInOrder(state: Pick<LiveAnnotations, "list">): AnnotationView[] {
  return [...state.list.values()].sort(
    (a, b) => a.target.start - b.target.start || b.target.end - a.target.end || byTime(a.createdAt, b.createdAt),
  );
}
