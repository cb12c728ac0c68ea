"use client";

import { useEffect, useRef, useState } from "react";
import type { Reader } from "@/lib/realtime/live-frame";
import { api } from "../../../_lib/api";
import type { LiveStatus } from "./live-channel";

const SHARE_SECTION_KEY = "warrant:share-section";

/** The heading of the section at the top of the window, or null above the first. */
function sectionInView(): string | null {
  const headings = document.querySelectorAll<HTMLElement>(".ProseMirror h2, .ProseMirror h3");
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > 120) break;
    current = heading.textContent?.trim().slice(0, 200) || null;
  }
  return current;
}

type Props = {
  documentId: string;
  status: LiveStatus;
  readers: Reader[];
  /** How many read it in all; only the first are named. */
  total: number;
  connectionId: string | null;
  userId: string;
};

/**
 * "Reading now": who has the document open, with the section they are in
 * when they let others see it; the reader's own choice to share theirs;
 * and the live stream's state ("Reconnecting…" while it cannot reach us).
 */
export function ReadingNow({ documentId, status, readers, total, connectionId, userId }: Props) {
  const [shareSection, setShareSection] = useState(false);
  useEffect(() => setShareSection(localStorage.getItem(SHARE_SECTION_KEY) === "yes"), []);

  // The section the server holds for this stream, as far as this tab knows (undefined: unknown, say it again).
  // A stream starts with none, so a reader who keeps their place private sends nothing when they arrive: in a
  // class, that was one write and one "Reading now" update to every reader for each student who came in.
  const told = useRef<{ connectionId: string; section: string | null | undefined } | null>(null);
  useEffect(() => {
    if (!connectionId) return;
    if (told.current?.connectionId !== connectionId) told.current = { connectionId, section: null };
    const held = told.current;
    const tell = (section: string | null) => {
      if (section === held.section) return;
      held.section = section;
      // Only a section the server took counts as told; a failed report is tried again.
      void api.presence(documentId, connectionId, section).catch(() => (held.section = undefined));
    };
    if (!shareSection) return tell(null);
    const report = () => tell(sectionInView());
    report();
    const timer = setInterval(report, 2_000);
    return () => clearInterval(timer);
  }, [documentId, connectionId, shareSection]);

  return (
    <div className="reading-now">
      {status === "reconnecting" && (
        <span role="status" className="live-status">
          Reconnecting…
        </span>
      )}
      {status === "closed" && (
        <span role="status" className="live-status">
          Live updates stopped
        </span>
      )}
      <span className="reading-now-label" id="reading-now-label" hidden={readers.length === 0}>
        Reading now
      </span>
      <ul aria-labelledby="reading-now-label" hidden={readers.length === 0}>
        {readers.map((reader) => (
          <li key={reader.id} title={reader.section ? `${reader.name} is reading “${reader.section}”` : reader.name}>
            {reader.name}
            {reader.id === userId ? " (you)" : ""}
            {reader.section && <span className="muted"> · {reader.section}</span>}
          </li>
        ))}
        {total > readers.length && <li className="more">and {total - readers.length} more</li>}
      </ul>
      <details className="reading-now-settings">
        <summary>Share my place</summary>
        <label className="share-section">
          <input
            type="checkbox"
            checked={shareSection}
            onChange={(event) => {
              setShareSection(event.target.checked);
              localStorage.setItem(SHARE_SECTION_KEY, event.target.checked ? "yes" : "no");
            }}
          />
          Show others which section I am reading
        </label>
      </details>
    </div>
  );
}
