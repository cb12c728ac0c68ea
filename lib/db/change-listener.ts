import pg from "pg";
import { databaseConfigFromEnv, type DatabaseConfig } from "./database-config.mjs";
import { openPglite } from "./pglite-instance.mjs";

/** A NOTIFY this process heard, or word that it may have missed some and should look again. */
export type Notice = { channel: string; payload: string } | { resync: true };

export type ChangeListener = {
  /** Calls `listener` for every notice on `channels`; returns the unsubscribe. */
  subscribe(listener: (notice: Notice) => void): () => void;
  close(): Promise<void>;
};

const RECONNECT_MS = 1_000;

/**
 * Hears NOTIFY on `channels`. On PGlite, in process (PGlite delivers the
 * NOTIFYs of its own transactions, once they commit). On a PostgreSQL
 * server, over one connection of its own that LISTENs, so several app
 * instances hear each other's changes; when that connection drops it
 * reconnects and sends a resync notice, since notices sent meanwhile are
 * lost (the event log is not: listeners look again from their last number).
 */
export function createChangeListener(config: DatabaseConfig, channels: readonly string[]): ChangeListener {
  const listeners = new Set<(notice: Notice) => void>();
  const emit = (notice: Notice) => listeners.forEach((listener) => listener(notice));
  let closed = false;
  let stop: () => Promise<void> = async () => {};

  if (config.kind === "pglite") {
    const pglite = openPglite(config.dir);
    const ready = Promise.all(
      channels.map((channel) => pglite.listen(channel, (payload) => emit({ channel, payload }))),
    );
    stop = async () => {
      for (const unlisten of await ready) await unlisten();
    };
  } else {
    let client: pg.Client | null = null;
    const connect = async (resync: boolean) => {
      if (closed) return;
      const next = new pg.Client({ connectionString: config.url });
      next.on("notification", (message) => emit({ channel: message.channel, payload: message.payload ?? "" }));
      next.on("error", () => retry());
      try {
        await next.connect();
        for (const channel of channels) await next.query(`listen "${channel}"`);
        client = next;
        if (resync) emit({ resync: true });
      } catch {
        await next.end().catch(() => {});
        retry();
      }
    };
    let retrying = false;
    const retry = () => {
      if (closed || retrying) return;
      retrying = true;
      const old = client;
      client = null;
      void old?.end().catch(() => {});
      setTimeout(() => {
        retrying = false;
        void connect(true);
      }, RECONNECT_MS).unref();
    };
    void connect(false);
    stop = async () => {
      await client?.end().catch(() => {});
    };
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
      await stop();
    },
  };
}

const KEY = Symbol.for("warrant.change-listener");
type Slot = { [KEY]?: ChangeListener };

/** This process's listener, built on first use from the environment, like getDb's client. */
export function getChangeListener(channels: readonly string[]): ChangeListener {
  const slot = globalThis as Slot;
  slot[KEY] ??= createChangeListener(databaseConfigFromEnv(process.env), channels);
  return slot[KEY];
}

/** Stops this process's listener, if started (before the database closes). */
export async function closeChangeListener(): Promise<void> {
  const slot = globalThis as Slot;
  const listener = slot[KEY];
  delete slot[KEY];
  await listener?.close();
}
