import type { DocumentRole } from "@/lib/auth/permissions";
import type { MapView } from "@/lib/maps/map-view";
import type { AnnotationView } from "@/lib/validation/annotation";

/** Someone reading a document now, and the section they are in if they let others see it. */
export type Reader = { id: string; name: string; section: string | null };

/**
 * What a reader's live stream sends, one per change they may see. `seq` is
 * the change's number in the document's log; `asOf` is the latest number the
 * server had applied when it read the item, so a client that receives frames
 * twice or out of order keeps, per item, the one with the highest `asOf`.
 */
export type LiveFrame =
  | { type: "hello"; connectionId: string; seq: number }
  | { type: "annotation"; seq: number; asOf: number; annotation: AnnotationView }
  | { type: "annotation-removed"; seq: number; asOf: number; id: string }
  /** Many annotations changed at once (an import): reload the list. */
  | { type: "annotations"; seq: number }
  | { type: "map"; seq: number; asOf: number; map: MapView; by: { id: string; name: string } | null }
  | { type: "map-removed"; seq: number; asOf: number; id: string }
  /** The text changed, and the annotations moved with it: reload both. */
  | { type: "text"; seq: number }
  /**
   * Changes the reader missed are no longer in the log (pruned): reload the
   * text, the annotations and the maps. The stream goes on from `seq`.
   */
  | { type: "reload"; seq: number }
  /** Shares changed: the reader's role now (maybe the same), and the groups they can address may differ. */
  | { type: "access"; seq: number; role: DocumentRole }
  /** The reader may no longer read the document: the stream ends. */
  | { type: "access-lost" }
  /** Who is reading: the first of them by name, and how many in all. */
  | { type: "presence"; readers: Reader[]; total: number };

/**
 * One Server-Sent Events message: its `id` is the log number a reconnecting
 * client resumes after. Not hello's: its number is the document's head, and
 * the catch-up to it comes after it, so a browser reconnecting in between
 * (it sends the last id it saw) would skip that catch-up.
 */
export function sseMessage(frame: LiveFrame): string {
  const id = "seq" in frame && frame.type !== "hello" ? `id: ${frame.seq}\n` : "";
  return `${id}event: ${frame.type}\ndata: ${JSON.stringify(frame)}\n\n`;
}

/** Moves a client's resume point past a change it may not see, without telling it anything else. */
export function sseSkip(seq: number): string {
  return `id: ${seq}\n\n`;
}

/**
 * Sent every 15 s: keeps proxies from closing an idle stream, and tells the
 * browser the stream still lives (one silent for longer is reopened).
 */
export const SSE_HEARTBEAT = "event: heartbeat\ndata: {}\n\n";
