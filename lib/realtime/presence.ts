import type { Db } from "@/lib/db/client";
import { notify } from "@/lib/db/notify";
import type { Reader } from "./live-frame";

/** Every app instance announces presence changes on this channel; the payload is the document's id. */
export const PRESENCE_CHANNEL = "warrant_presence";

/** How often an instance refreshes its streams' rows, and how old a row may be and still count. */
export const PRESENCE_REFRESH_MS = 5_000;
export const PRESENCE_STALE_MS = 20_000;

/** How long arrivals and departures are gathered before everyone is told (well within the 2 s a reader may wait). */
export const PRESENCE_DEBOUNCE_MS = 400;

/** At most this many readers are named; beyond them, "Reading now" gives the count. */
export const MAX_NAMED_READERS = 100;

/** Longest section title kept (a heading of the document). */
export const MAX_SECTION_LENGTH = 200;

const announce = (db: Db, documentId: string) => notify(db, PRESENCE_CHANNEL, documentId);

/** Records an open stream and tells every instance. */
export async function arrive(
  db: Db,
  stream: { connectionId: string; documentId: string; userId: string; instanceId: string },
) {
  await db.presence.create({ data: stream });
  await announce(db, stream.documentId);
}

/** Removes a closed stream and tells every instance. */
export async function leave(db: Db, connectionId: string, documentId: string) {
  await db.presence.deleteMany({ where: { connectionId } });
  await announce(db, documentId);
}

/**
 * Sets the section a reader's stream of a document is reading (null: they
 * keep it to themselves) and tells every instance. Returns false when no
 * such stream of theirs is open.
 */
export async function setSection(
  db: Db,
  stream: { userId: string; documentId: string; connectionId: string },
  section: string | null,
) {
  const updated = await db.presence.updateMany({ where: stream, data: { section } });
  if (updated.count === 0) return false;
  await announce(db, stream.documentId);
  return true;
}

/** Keeps this instance's streams counted, and forgets rows no instance has refreshed for a while. */
export async function refresh(db: Db, instanceId: string) {
  await db.presence.updateMany({ where: { instanceId }, data: { seenAt: new Date() } });
  await db.presence.deleteMany({ where: { seenAt: { lt: new Date(Date.now() - 3 * PRESENCE_STALE_MS) } } });
}

/**
 * Who has a document open now, each person once (several tabs or browsers
 * count as one), by name, with the section their most recent stream reads:
 * the first MAX_NAMED_READERS by name, and how many there are in all.
 */
export async function readersOf(db: Db, documentId: string): Promise<{ readers: Reader[]; total: number }> {
  const rows = await db.presence.findMany({
    where: { documentId, seenAt: { gt: new Date(Date.now() - PRESENCE_STALE_MS) } },
    select: { section: true, user: { select: { id: true, name: true } } },
    orderBy: [{ seenAt: "desc" }],
    take: 1_000,
  });
  const readers = new Map<string, Reader>();
  for (const row of rows) {
    if (!readers.has(row.user.id)) readers.set(row.user.id, { ...row.user, section: row.section });
  }
  const all = [...readers.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { readers: all.slice(0, MAX_NAMED_READERS), total: all.length };
}
