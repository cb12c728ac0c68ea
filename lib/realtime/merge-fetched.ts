import type { AnnotationView } from "@/lib/validation/annotation";
import { liveAnnotations, type LiveAnnotations } from "./live-annotations";

/**
 * Puts a list fetched as of change `seq` in place of the held one, keeping
 * what live frames newer than `seq` already brought (an annotation made, or
 * changed, or removed after the list was read).
 */
export function mergeFetched(state: LiveAnnotations, fetched: readonly AnnotationView[], seq: number): LiveAnnotations {
  const next = liveAnnotations(fetched, seq);
  const list = new Map(next.list);
  const asOf = new Map(next.asOf);
  for (const [id, held] of state.asOf) {
    if (held <= seq) continue;
    const annotation = state.list.get(id);
    if (annotation) list.set(id, annotation);
    else list.delete(id);
    asOf.set(id, held);
  }
  const staleAt = state.staleAt !== null && state.staleAt > seq ? state.staleAt : null;
  return { seq: Math.max(seq, state.seq), list, asOf, staleAt };
}
