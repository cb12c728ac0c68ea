"use client";

import type { LiveFrame } from "@/lib/realtime/live-frame";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "closed";

type Handlers = { frame: (frame: LiveFrame) => void; status: (status: LiveStatus) => void };

/** What the tab holding the stream tells the others. */
type Relay = { frame: LiveFrame } | { status: LiveStatus } | { ask: true };

/** Longest silence from a live stream (whose heartbeat comes every 15 s) before it is reopened. */
const SILENCE_MS = 40_000;

const FRAME_TYPES: LiveFrame["type"][] = [
  "hello",
  "annotation",
  "annotation-removed",
  "annotations",
  "map",
  "map-removed",
  "text",
  "reload",
  "access",
  "access-lost",
  "presence",
];

/**
 * One live stream of a document per browser, shared by its tabs: browsers
 * allow six HTTP/1.1 connections per site, so each tab holding its own
 * stream would soon block the page's other requests. The tab that holds a
 * Web Lock named for the document opens the EventSource and relays every
 * frame and status change to the other tabs over a BroadcastChannel; when
 * it closes, the lock passes to another tab, which opens the stream again
 * from the last change it has seen. EventSource itself reconnects after a
 * dropped connection or a server restart, sending Last-Event-ID, so nothing
 * is missed. Returns the function that closes it all.
 */
export function openLiveChannel(documentId: string, lastSeq: () => number, handlers: Handlers): () => void {
  const name = `warrant-live:${documentId}`;
  let source: EventSource | null = null;
  let stopped = false;
  const stop = new AbortController();
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(name) : null;
  let status: LiveStatus = "connecting";
  const setStatus = (next: LiveStatus, relay: boolean) => {
    status = next;
    handlers.status(next);
    if (relay) channel?.postMessage({ status: next } satisfies Relay);
  };

  /** Opens the EventSource from the last change this tab has seen. */
  const open = () => {
    source?.close();
    lastActivity = Date.now();
    const next = new EventSource(`/api/documents/${documentId}/events?since=${lastSeq()}`);
    source = next;
    next.onopen = () => setStatus("live", true);
    next.onerror = () => setStatus(next.readyState === EventSource.CLOSED ? "closed" : "reconnecting", true);
    next.addEventListener("heartbeat", () => (lastActivity = Date.now()));
    for (const type of FRAME_TYPES) {
      next.addEventListener(type, (event) => {
        lastActivity = Date.now();
        const frame = JSON.parse((event as MessageEvent<string>).data) as LiveFrame;
        handlers.frame(frame);
        channel?.postMessage({ frame } satisfies Relay);
        if (frame.type === "access-lost") {
          next.close();
          source = null;
          setStatus("closed", true);
        }
      });
    }
  };

  // A stream silent for longer than its heartbeat allows (a laptop that
  // slept, a connection a proxy dropped without a word) is reopened; going
  // offline closes it at once and coming back online reopens it.
  let lastActivity = Date.now();
  const lead = () =>
    new Promise<void>((released) => {
      if (stopped) return released();
      open();
      const watchdog = setInterval(() => {
        if (source && status !== "closed" && Date.now() - lastActivity > SILENCE_MS) {
          setStatus("reconnecting", true);
          open();
        }
      }, 5_000);
      const offline = () => {
        if (status === "closed") return;
        source?.close();
        setStatus("reconnecting", true);
      };
      const online = () => status !== "closed" && open();
      window.addEventListener("offline", offline);
      window.addEventListener("online", online);
      stop.signal.addEventListener("abort", () => {
        clearInterval(watchdog);
        window.removeEventListener("offline", offline);
        window.removeEventListener("online", online);
        source?.close();
        released();
      });
    });

  if (channel) {
    channel.onmessage = (event: MessageEvent<Relay>) => {
      const message = event.data;
      if ("frame" in message) handlers.frame(message.frame);
      else if ("status" in message) setStatus(message.status, false);
      else if (source) channel.postMessage({ status } satisfies Relay);
    };
    channel.postMessage({ ask: true } satisfies Relay);
  }
  if (typeof navigator !== "undefined" && navigator.locks && channel) {
    void navigator.locks.request(name, { signal: stop.signal }, lead).catch(() => {});
  } else {
    void lead();
  }
  return () => {
    stopped = true;
    stop.abort();
    channel?.close();
  };
}
