import type { LiveFrame } from "@/lib/realtime/live-frame";

/** One Server-Sent Events message: the id it carries (if any) and its frame (if it has data). */
export type SseMessage = { id: string | null; frame: LiveFrame | null };

/** Splits a stream of Server-Sent Events text into messages, as EventSource reads them. */
export async function* sseMessages(stream: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let id: string | null = null;
        let data: string | null = null;
        for (const line of block.split("\n")) {
          if (line.startsWith("id: ")) id = line.slice(4);
          else if (line.startsWith("data: ")) data = line.slice(6);
        }
        if (id !== null || data !== null) yield { id, frame: data === null ? null : (JSON.parse(data) as LiveFrame) };
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * A reader holding a stream: collects its frames in the background and
 * waits for one that matches. `lastId` is what EventSource would send as
 * Last-Event-ID on reconnecting.
 */
export class StreamReader {
  readonly frames: LiveFrame[] = [];
  lastId: string | null = null;
  ended = false;
  private waiters: { match: (frame: LiveFrame) => boolean; resolve: (frame: LiveFrame) => void }[] = [];
  readonly done: Promise<void>;

  constructor(stream: ReadableStream<Uint8Array>) {
    this.done = (async () => {
      for await (const message of sseMessages(stream)) {
        if (message.id !== null) this.lastId = message.id;
        if (!message.frame) continue;
        this.frames.push(message.frame);
        for (const waiter of [...this.waiters]) {
          if (waiter.match(message.frame)) {
            this.waiters = this.waiters.filter((other) => other !== waiter);
            waiter.resolve(message.frame);
          }
        }
      }
      this.ended = true;
    })().catch(() => {
      this.ended = true;
    });
  }

  /**
   * The first frame (already received, past the first `after` frames, or
   * still to come) that `match`es; fails after `ms`.
   */
  next<T extends LiveFrame>(
    match: (frame: LiveFrame) => frame is T,
    options?: { after?: number; ms?: number },
  ): Promise<T>;
  next(match: (frame: LiveFrame) => boolean, options?: { after?: number; ms?: number }): Promise<LiveFrame>;
  next(match: (frame: LiveFrame) => boolean, { after = 0, ms = 5_000 } = {}): Promise<LiveFrame> {
    const seen = this.frames.slice(after).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`no matching frame within ${ms} ms; got ${JSON.stringify(this.frames.map((f) => f.type))}`)),
        ms,
      );
      this.waiters.push({ match, resolve: (frame) => (clearTimeout(timer), resolve(frame)) });
    });
  }
}
