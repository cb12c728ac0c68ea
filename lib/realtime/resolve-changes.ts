import type { Db, Tx } from "@/lib/db/client";
import { withSnapshot } from "@/lib/db/with-snapshot";
import { loadAnnotationViews } from "@/lib/annotations/load-annotation-views";
import { MAP_VIEW_SELECT } from "@/lib/maps/map-view";
import type { AnnotationView } from "@/lib/validation/annotation";
import type { Audience, ChangeEventKind } from "./change-event";

/** A row of the DocumentEvent log. */
export type LoggedChange = {
  seq: number;
  kind: ChangeEventKind;
  entityId: string | null;
  audiences: Audience[];
  actorId: string | null;
};

type MapRow = Awaited<ReturnType<typeof loadMaps>>[number];

/** What a batch of changes refers to, as it is now: read once and shared by every reader of the document. */
export type ResolvedChanges = {
  changes: LoggedChange[];
  /** The highest log number applied when these were read. */
  asOf: number;
  annotations: ReadonlyMap<string, AnnotationView>;
  maps: ReadonlyMap<string, MapRow>;
  actors: ReadonlyMap<string, { id: string; name: string }>;
};

/** At most this many changes are read and sent at once; a longer backlog goes in several batches. */
export const CHANGE_BATCH = 1_000;

function loadMaps(db: Tx, ids: string[]) {
  return db.argumentMap.findMany({ where: { id: { in: ids } }, select: MAP_VIEW_SELECT });
}

/**
 * The changes to a document after `since` (at most CHANGE_BATCH), with the
 * annotations, maps and actors they name as they are now: one read for all
 * the readers a process streams the document to. Read in one snapshot, so
 * `asOf` is exactly the log number the items are as of.
 */
export async function readChanges(db: Db, documentId: string, since: number): Promise<ResolvedChanges> {
  return withSnapshot(db, (tx) => readChangesIn(tx, documentId, since));
}

async function readChangesIn(db: Tx, documentId: string, since: number): Promise<ResolvedChanges> {
  // One query after another: overlapping queries lose a pg adapter transaction (see load-annotation-views).
  const document = await db.document.findUnique({ where: { id: documentId }, select: { eventSeq: true } });
  const rows = await db.documentEvent.findMany({
    where: { documentId, seq: { gt: since } },
    select: { seq: true, kind: true, entityId: true, audiences: true, actorId: true },
    orderBy: { seq: "asc" },
    take: CHANGE_BATCH,
  });
  const changes = rows as LoggedChange[];
  const ids = (kind: ChangeEventKind) => [
    ...new Set(changes.flatMap((change) => (change.kind === kind && change.entityId ? [change.entityId] : []))),
  ];
  const actorIds = [...new Set(changes.flatMap((change) => (change.actorId ? [change.actorId] : [])))];
  const annotations = await loadAnnotationViews(db, documentId, ids("annotation"));
  const maps = ids("map").length > 0 ? await loadMaps(db, ids("map")) : [];
  const actors =
    actorIds.length > 0
      ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
      : [];
  return {
    changes,
    asOf: Math.max(document?.eventSeq ?? 0, changes.at(-1)?.seq ?? 0),
    annotations: new Map(annotations.map((annotation) => [annotation.id, annotation])),
    maps: new Map(maps.map((map) => [map.id, map])),
    actors: new Map(actors.map((actor) => [actor.id, actor])),
  };
}
