/**
 * What a change to a document records, for the live layer: kinds and ids
 * only, never content (a reader's stream fetches what it may see). Written by
 * the change path (lib/db/with-document-change.ts) into DocumentEvent in the
 * same transaction as the change.
 */

/** Who sees an annotation or a map: its author (a map's owner), visibility and group. */
export type Audience = {
  authorId: string;
  visibility: "private" | "group" | "everyone";
  groupId: string | null;
  /** Hidden from others by a moderator (annotations only; absent in events logged before hiding existed). */
  hidden?: boolean;
};

export type ChangeEvent =
  /** One annotation or its thread changed; `audiences` are who saw it before and who sees it after. */
  | { kind: "annotation"; id: string; audiences: Audience[] }
  /** Many annotations of one audience at once (an import): readers reload the list. */
  | { kind: "annotations"; audiences: Audience[] }
  /** One map changed, was made or was deleted. */
  | { kind: "map"; id: string; audiences: Audience[] }
  /** The text changed (and every annotation was re-anchored): readers reload both. */
  | { kind: "text" }
  /** Shares, links or memberships changed: every reader's role is checked again. */
  | { kind: "access" };

export type ChangeEventKind = ChangeEvent["kind"];

/** The notification channel; its payload is `<documentId>:<last seq>`, far under PostgreSQL's 8,000 bytes. */
export const EVENTS_CHANNEL = "warrant_events";

export function eventsPayload(documentId: string, seq: number): string {
  return `${documentId}:${seq}`;
}

/** The document and sequence number a notification names, or null for one that is not ours. */
export function parseEventsPayload(payload: string): { documentId: string; seq: number } | null {
  const match = /^([0-9a-f-]{36}):(-?\d{1,10})$/.exec(payload);
  return match ? { documentId: match[1]!, seq: Number(match[2]) } : null;
}
