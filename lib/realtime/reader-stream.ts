import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { readableDocument } from "@/lib/documents/readable-document";
import { hiddenPeerAuthors } from "@/lib/classroom/hidden-peers";
import { NotFoundError, TooManyRequestsError } from "@/lib/errors";
import { stepsForReader, type ReaderAccess } from "./frames-for-reader";
import type { LiveHub } from "./live-hub";
import { SSE_HEARTBEAT, sseMessage, sseSkip, type LiveFrame, type Reader } from "./live-frame";
import { arrive, leave } from "./presence";
import { readChanges, type ResolvedChanges } from "./resolve-changes";

const HEARTBEAT_MS = 15_000;

/**
 * Frames that read the same for every reader (all but a map's, which carries
 * the reader's rights), encoded once per batch rather than once per stream:
 * with hundreds of readers, encoding was most of the work of a change.
 */
const encodedFrames = new WeakMap<ResolvedChanges, Map<number, Uint8Array>>();
const encoder = new TextEncoder();

function encodeShared(resolved: ResolvedChanges, frame: LiveFrame): Uint8Array {
  if (frame.type === "map" || !("seq" in frame)) return encoder.encode(sseMessage(frame));
  let cache = encodedFrames.get(resolved);
  if (!cache) encodedFrames.set(resolved, (cache = new Map()));
  const key = frame.type === "annotation-removed" ? -frame.seq : frame.seq;
  let bytes = cache.get(key);
  if (bytes === undefined) cache.set(key, (bytes = encoder.encode(sseMessage(frame))));
  return bytes;
}

/** The same list goes to every reader of the document: encode it once. */
const encodedPresence = new WeakMap<object, Uint8Array>();
function encodePresence(present: { readers: Reader[]; total: number }): Uint8Array {
  let bytes = encodedPresence.get(present);
  if (!bytes) encodedPresence.set(present, (bytes = encoder.encode(sseMessage({ type: "presence", ...present }))));
  return bytes;
}

/** The parts as one chunk: one write per batch and reader, however many frames it holds. */
function joined(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
/** Streams one person may hold open in one process (tabs share one stream per browser). */
export const MAX_STREAMS_PER_READER = 20;
/** A client this far behind (bytes queued and unread) is dropped; it reconnects and catches up from the log. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/**
 * `userId`'s role on the document, the groups they belong to and the
 * classmates hidden from them for now; NotFoundError when they may not read it.
 */
async function accessOf(db: Db, userId: string, documentId: string): Promise<ReaderAccess> {
  const [document, memberships, hiddenAuthors] = await Promise.all([
    readableDocument(db, userId, documentId),
    db.groupMember.findMany({ where: { userId }, select: { groupId: true } }),
    hiddenPeerAuthors(db, userId, documentId),
  ]);
  return {
    userId,
    role: document.role,
    groupIds: new Set(memberships.map((m) => m.groupId)),
    hiddenAuthors: new Set(hiddenAuthors),
  };
}

/**
 * A reader's live stream of a document, as Server-Sent Events: first every
 * change after `since` that they may see (from the log), then each new one
 * as it commits, anywhere; a heartbeat every 15 s; the readers who
 * have the document open whenever that changes. Their access is checked
 * again at every change of shares or memberships: when it ends, the stream
 * says so and closes. Throws NotFoundError (before any byte is sent) when
 * they may not read the document.
 */
export async function openReaderStream(
  hub: LiveHub,
  options: { userId: string; documentId: string; since: number | null; signal?: AbortSignal },
): Promise<ReadableStream<Uint8Array>> {
  const { db } = hub;
  const { userId, documentId } = options;
  let access = await accessOf(db, userId, documentId);
  const release = hub.admit(userId, MAX_STREAMS_PER_READER);
  if (!release) {
    throw new TooManyRequestsError(
      `You have ${MAX_STREAMS_PER_READER} live documents open already; close some tabs`,
      30,
    );
  }
  const { eventSeq } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { eventSeq: true } });
  const connectionId = randomUUID();
  // Counted among the readers before "hello", so the connection id it gives can be used at once.
  try {
    await arrive(db, { connectionId, documentId, userId, instanceId: hub.instanceId });
  } catch (error) {
    release();
    throw error;
  }
  let lastSent = options.since ?? eventSeq;
  let work: Promise<void> = Promise.resolve();
  let closed = false;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const writeBytes = (bytes: Uint8Array) => {
        if (closed || bytes.byteLength === 0) return;
        controller.enqueue(bytes);
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) end();
      };
      const write = (text: string) => writeBytes(encoder.encode(text));
      const send = (frame: LiveFrame) => write(sseMessage(frame));
      const end = () => {
        if (closed) return;
        closed = true;
        cleanup();
        controller.close();
      };
      /** Runs one step of work after the others, so frames leave in log order. */
      const queue = (task: () => Promise<void>) => {
        work = work
          .then(() => (closed ? undefined : task()))
          .catch((error: unknown) => {
            console.error("live: a stream failed", error);
            end();
          });
      };
      const recheck = async () => {
        try {
          const before = access.role;
          access = await accessOf(db, userId, documentId);
          return before !== access.role;
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
          send({ type: "access-lost" });
          end();
          return false;
        }
      };
      /**
       * Hidden until posted: the reader's own new annotation may show them
       * their classmates' at last. Then the frame of that change becomes
       * "fetch the whole list again" (which holds it and theirs); returns its
       * number, or null.
       */
      const peersShownAt = async (changes: ResolvedChanges["changes"]) => {
        if (!access.hiddenAuthors?.size) return null;
        const own = changes.find((change) => change.kind === "annotation" && change.actorId === userId);
        if (!own) return null;
        const hiddenAuthors = new Set(await hiddenPeerAuthors(db, userId, documentId));
        if (hiddenAuthors.size === access.hiddenAuthors.size) return null;
        access = { ...access, hiddenAuthors };
        return own.seq;
      };
      const deliver = async (resolved: ResolvedChanges) => {
        const out: Uint8Array[] = [];
        const flush = () => {
          if (out.length > 0) writeBytes(joined(out.splice(0)));
        };
        if (resolved.prunedThrough != null && lastSent < resolved.prunedThrough) {
          // Some of what this reader missed was pruned from the log: no frame
          // can tell them what it was. Their access may have changed in it too.
          await recheck();
          if (closed) return;
          send({ type: "access", seq: resolved.asOf, role: access.role });
          // Their own, not from the shared cache (keyed by seq, which a change of this number holds).
          send({ type: "reload", seq: resolved.asOf });
          // What they reload is as of asOf at least: the changes up to it need no frame.
          lastSent = resolved.asOf;
          return;
        }
        let skipped = 0;
        const fresh = resolved.changes.filter((c) => c.seq > lastSent);
        const reloadAt = await peersShownAt(fresh);
        for (const step of stepsForReader(
          access,
          fresh.length === resolved.changes.length ? resolved : { ...resolved, changes: fresh },
        )) {
          if (closed) return;
          if ("skip" in step) {
            skipped = step.skip;
            lastSent = step.skip;
          } else if ("recheck" in step) {
            flush();
            // Sent even when the role stayed: shares changed, and with them the groups one can address.
            await recheck();
            if (closed) return;
            send({ type: "access", seq: step.recheck, role: access.role });
            skipped = 0;
            lastSent = step.recheck;
          } else if ("seq" in step.frame && step.frame.seq === reloadAt) {
            // This reader's alone: not from the shared cache, which holds the frame every other reader gets.
            out.push(encoder.encode(sseMessage({ type: "annotations", seq: reloadAt })));
            skipped = 0;
            lastSent = reloadAt;
          } else {
            // A personal frame is this reader's alone: not from the shared cache either.
            out.push(step.personal ? encoder.encode(sseMessage(step.frame)) : encodeShared(resolved, step.frame));
            skipped = 0;
            if ("seq" in step.frame) lastSent = step.frame.seq;
          }
        }
        // Changes this reader may not see still move their resume point on.
        if (skipped > 0) out.push(encoder.encode(sseSkip(skipped)));
        flush();
      };

      const leaveHub = hub.join(documentId, {
        changes: (resolved) => queue(() => deliver(resolved)),
        recheck: () =>
          queue(async () => {
            if (await recheck()) send({ type: "access", seq: lastSent, role: access.role });
            // Until caught up or closed: a closed stream's deliver() sends nothing and so
            // moves lastSent on no further, and this loop would read the same changes forever.
            while (!closed) {
              const resolved = await readChanges(db, documentId, lastSent);
              if (resolved.changes.length === 0) break;
              await deliver(resolved);
            }
          }),
        presence: (present) => queue(async () => writeBytes(encodePresence(present))),
      });
      const heartbeat = setInterval(() => write(SSE_HEARTBEAT), HEARTBEAT_MS);
      heartbeat.unref();
      const onAbort = () => end();
      options.signal?.addEventListener("abort", onAbort);
      cleanup = () => {
        release();
        clearInterval(heartbeat);
        leaveHub();
        options.signal?.removeEventListener("abort", onAbort);
        hub.track(leave(db, connectionId, documentId));
        // What was running when the stream ended goes on to its end.
        hub.track(work);
      };

      send({ type: "hello", connectionId, seq: eventSeq });
      queue(async () => {
        // The log since the client's last change; live batches wait in the queue behind it.
        while (!closed) {
          const resolved = await readChanges(db, documentId, lastSent);
          if (resolved.changes.length === 0) break;
          await deliver(resolved);
        }
      });
    },
    cancel() {
      if (closed) return;
      closed = true;
      cleanup();
    },
  });
}
