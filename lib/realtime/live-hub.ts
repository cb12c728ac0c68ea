import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { ChangeListener, Notice } from "@/lib/db/change-listener";
import { EVENTS_CHANNEL, parseEventsPayload } from "./change-event";
import type { Reader } from "./live-frame";
import { PRESENCE_CHANNEL, PRESENCE_DEBOUNCE_MS, PRESENCE_REFRESH_MS, readersOf, refresh } from "./presence";
import { CHANGE_BATCH, readChanges, type ResolvedChanges } from "./resolve-changes";

/** One open stream of one reader, as the hub sees it. */
export type Subscriber = {
  /** A batch of changes after the last one it was given, read once for all subscribers. */
  changes(resolved: ResolvedChanges): void;
  /** The document was deleted, or the process may have missed notices: check access and catch up. */
  recheck(): void;
  presence(present: { readers: Reader[]; total: number }): void;
};

/**
 * The shortest time between two reads of a document's changes. Under a
 * burst, the changes of this window reach each reader as one write instead
 * of one each: with 300 readers, the cost of a change was mostly its 300
 * trips through the streams, so a class writing fast held everyone back.
 * A change after a quiet spell is read at once.
 */
export const FEED_BATCH_MS = 50;

/** The live state of one document in this process: its subscribers and the last change handed to them. */
class DocumentFeed {
  readonly subscribers = new Set<Subscriber>();
  private seq: number | null = null;
  private pumping: Promise<void> = Promise.resolve();
  private wanted = false;
  private lastReadAt = 0;

  constructor(
    private readonly db: Db,
    readonly documentId: string,
  ) {}

  /** Reads and hands out every change after the last one handed out; runs one pass at a time. */
  pump() {
    if (this.wanted) return this.pumping;
    this.wanted = true;
    this.pumping = this.pumping.then(async () => {
      const wait = this.lastReadAt + FEED_BATCH_MS - Date.now();
      // Notices that arrive meanwhile join this read.
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.wanted = false;
      this.lastReadAt = Date.now();
      try {
        if (this.seq === null) {
          const document = await this.db.document.findUnique({
            where: { id: this.documentId },
            select: { eventSeq: true },
          });
          // New subscribers catch up on their own; the feed starts from now.
          this.seq = document?.eventSeq ?? 0;
        }
        for (;;) {
          const resolved = await readChanges(this.db, this.documentId, this.seq);
          if (resolved.changes.length === 0) break;
          this.seq = resolved.changes.at(-1)!.seq;
          for (const subscriber of this.subscribers) subscriber.changes(resolved);
          if (resolved.changes.length < CHANGE_BATCH) break;
        }
      } catch (error) {
        console.error(`live: reading changes of ${this.documentId} failed`, error);
      }
    });
    return this.pumping;
  }

  private presenceTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Sends everyone the readers of the document, at most every PRESENCE_DEBOUNCE_MS:
   * when a class arrives at once, each arrival would otherwise send the
   * whole list to everyone — a cost that grows with the square of the class.
   */
  sendPresence() {
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      // Everyone left within the wait (a tab opened and closed, or a test ending): nobody to tell.
      if (this.subscribers.size === 0) return;
      readersOf(this.db, this.documentId)
        .then((present) => this.subscribers.forEach((subscriber) => subscriber.presence(present)))
        .catch((error: unknown) => console.error(`live: reading who reads ${this.documentId} failed`, error));
    }, PRESENCE_DEBOUNCE_MS);
    this.presenceTimer.unref();
  }
}

/**
 * The live layer of one process: for each document someone here is
 * streaming, one feed that reads each change once, when its NOTIFY arrives,
 * and hands it to every subscriber; and the presence of this process's
 * streams, refreshed for the other instances.
 */
export class LiveHub {
  readonly instanceId = randomUUID();
  private readonly feeds = new Map<string, DocumentFeed>();
  private readonly stopListening: () => void;
  private readonly refresher: ReturnType<typeof setInterval>;

  constructor(
    readonly db: Db,
    listener: ChangeListener,
  ) {
    this.stopListening = listener.subscribe((notice) => this.hear(notice));
    this.refresher = setInterval(() => {
      if (this.feeds.size > 0) this.track(refresh(db, this.instanceId));
    }, PRESENCE_REFRESH_MS);
    this.refresher.unref();
  }

  private hear(notice: Notice) {
    if ("resync" in notice) {
      for (const feed of this.feeds.values()) {
        this.track(feed.pump());
        feed.sendPresence();
        feed.subscribers.forEach((subscriber) => subscriber.recheck());
      }
      return;
    }
    if (notice.channel === PRESENCE_CHANNEL) {
      this.feeds.get(notice.payload)?.sendPresence();
      return;
    }
    if (notice.channel !== EVENTS_CHANNEL) return;
    const parsed = parseEventsPayload(notice.payload);
    const feed = parsed && this.feeds.get(parsed.documentId);
    if (!feed) return;
    // -1: the change deleted the document.
    if (parsed.seq < 0) feed.subscribers.forEach((subscriber) => subscriber.recheck());
    else this.track(feed.pump());
  }

  /** Hands `subscriber` every change to `documentId` from now on; returns the way out. */
  join(documentId: string, subscriber: Subscriber): () => void {
    let feed = this.feeds.get(documentId);
    if (!feed) {
      feed = new DocumentFeed(this.db, documentId);
      this.feeds.set(documentId, feed);
      this.track(feed.pump());
    }
    feed.subscribers.add(subscriber);
    // The newcomer hears who reads along with everyone else's update of its arrival: its own NOTIFY may
    // have come back before it joined. The client no longer writes that it arrived (reading-now.tsx).
    feed.sendPresence();
    const joined = feed;
    return () => {
      joined.subscribers.delete(subscriber);
      if (joined.subscribers.size === 0 && this.feeds.get(documentId) === joined) this.feeds.delete(documentId);
    };
  }

  /** How many streams this process holds, for the benchmark. */
  get streams(): number {
    let count = 0;
    for (const feed of this.feeds.values()) count += feed.subscribers.size;
    return count;
  }

  private readonly perUser = new Map<string, number>();

  /**
   * Counts a stream of `userId`'s for as long as it is open: returns false
   * (and counts nothing) when they already hold `limit` here, else the
   * function that stops counting it.
   */
  admit(userId: string, limit: number): (() => void) | false {
    const open = this.perUser.get(userId) ?? 0;
    if (open >= limit) return false;
    this.perUser.set(userId, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.perUser.get(userId) ?? 1) - 1;
      if (left > 0) this.perUser.set(userId, left);
      else this.perUser.delete(userId);
    };
  }

  private readonly pending = new Set<Promise<unknown>>();

  /**
   * Keeps `work` (a read or write the hub or a stream started that no
   * request awaits) until it settles, for drained(); its failure is the
   * caller's to report, and is otherwise ignored here.
   */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  /**
   * Settles once all tracked work has: a stream that ended may still be
   * reading the log or saying its reader left, and a database disconnected
   * under it waited for its connection forever.
   */
  async drained(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  close() {
    this.stopListening();
    clearInterval(this.refresher);
    this.feeds.clear();
  }
}
