import { afterAll, afterEach, beforeAll } from "vitest";
import { createChangeListener, type ChangeListener } from "@/lib/db/change-listener";
import type { Db } from "@/lib/db/client";
import { EVENTS_CHANNEL } from "@/lib/realtime/change-event";
import type { LiveFrame } from "@/lib/realtime/live-frame";
import { LiveHub } from "@/lib/realtime/live-hub";
import { PRESENCE_CHANNEL } from "@/lib/realtime/presence";
import { openReaderStream } from "@/lib/realtime/reader-stream";
import { StreamReader } from "./live-client";
import { currentTestDbConfig } from "./test-db";

export type Frame<T extends LiveFrame["type"]> = Extract<LiveFrame, { type: T }>;

/** For `StreamReader.next`: a frame of `type` that passes `test`. */
export const is =
  <T extends LiveFrame["type"]>(type: T, test: (frame: Frame<T>) => boolean = () => true) =>
  (frame: LiveFrame): frame is Frame<T> =>
    frame.type === type && test(frame as Frame<T>);

/**
 * A live hub on this file's test database (from `useTestDb`, called first),
 * and readers' streams opened through it. Every stream a test opens is
 * ended, and seen to end, before the next test truncates the tables and
 * before the database disconnects, and so is the work the streams and the
 * hub started (the hub's drained()): a stream still reading the log, or
 * saying its reader left, kept a connection checked out, and the disconnect
 * waited for it until the hook timed out (on PostgreSQL, one run in four).
 */
export function useLiveStreams(db: () => Db) {
  let listener: ChangeListener;
  let hub: LiveHub;
  const open: AbortController[] = [];
  const readers: StreamReader[] = [];

  beforeAll(() => {
    listener = createChangeListener(currentTestDbConfig(), [EVENTS_CHANNEL, PRESENCE_CHANNEL]);
    hub = new LiveHub(db(), listener);
  });
  afterEach(async () => {
    open.splice(0).forEach((controller) => controller.abort());
    await Promise.all(readers.splice(0).map((reader) => reader.done));
    await hub.drained();
  });
  afterAll(async () => {
    hub.close();
    await hub.drained();
    await listener.close();
  });

  /** Opens `userId`'s stream of a document, resuming after event `since` if given, once it has said hello. */
  async function stream(userId: string, documentId: string, since: number | null = null) {
    const controller = new AbortController();
    open.push(controller);
    const reader = new StreamReader(
      await openReaderStream(hub, { userId, documentId, since, signal: controller.signal }),
    );
    readers.push(reader);
    await reader.next(is("hello"));
    return reader;
  }

  return {
    stream,
    /** Ends the stream opened last, as its reader's going away does. */
    disconnectLast: () => open.at(-1)!.abort(),
    /** The hub, for opening a stream by hand. */
    hub: () => hub,
  };
}
