"use client";

import { useEffect, useRef, useState } from "react";
import type { DocumentRole } from "@/lib/auth/permissions";
import type { LiveFrame, Reader } from "@/lib/realtime/live-frame";
import { openLiveChannel, type LiveStatus } from "./live-channel";

type Handlers = {
  /** Frames about annotations and maps, in the order they come. */
  onFrame: (frame: LiveFrame) => void;
  /** The text changed, or the stream missed changes for good: fetch it (the annotations and maps follow onFrame). */
  onText: () => void;
  onRole: (role: DocumentRole) => void;
  onLost: () => void;
};

/**
 * The document's live stream for this tab (shared with the browser's other
 * tabs): its status, who is reading, and the stream's connection id (for
 * telling others which section this reader is in). Frames go to `handlers`.
 */
export function useLive(documentId: string, initialSeq: number, handlers: Handlers) {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [present, setPresent] = useState<{ readers: Reader[]; total: number }>({ readers: [], total: 0 });
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const seq = useRef(initialSeq);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    return openLiveChannel(documentId, () => seq.current, {
      status: setStatus,
      frame: (frame) => {
        if ("seq" in frame && frame.type !== "hello") seq.current = Math.max(seq.current, frame.seq);
        switch (frame.type) {
          case "hello":
            setConnectionId(frame.connectionId);
            break;
          case "presence":
            setPresent({ readers: frame.readers, total: frame.total });
            break;
          // "reload": changes were missed for good (pruned from the log), the text among them maybe.
          case "text":
          case "reload":
            latest.current.onText();
            latest.current.onFrame(frame);
            break;
          case "access":
            latest.current.onRole(frame.role);
            break;
          case "access-lost":
            latest.current.onLost();
            break;
          default:
            latest.current.onFrame(frame);
        }
      },
    });
  }, [documentId]);

  return { status, readers: present.readers, total: present.total, connectionId };
}
