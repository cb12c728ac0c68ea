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
  /**
   * The last change after `since` the log no longer holds (pruned, see
   * prune-events.ts), or null when none is missing: a reader who had seen
   * no further than that must reload everything.
   */
  prunedThrough?: number | null;
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

/** One row of the read: the document's head, and (when there are changes) a change and its actor's name. */
type HeadAndChange = {
  head: number;
  seq: number | null;
  kind: ChangeEventKind | null;
  entityId: string | null;
  audiences: Audience[] | null;
  actorId: string | null;
  actorName: string | null;
};

async function readChangesIn(db: Tx, documentId: string, since: number): Promise<ResolvedChanges> {
  // The head, the changes and their actors in one query: it runs for every change, for every document streamed.
  const rows = await db.$queryRaw<HeadAndChange[]>`
    select d."eventSeq" as head, e.seq, e.kind, e."entityId"::text as "entityId", e.audiences,
      e."actorId"::text as "actorId", u.name as "actorName"
    from "Document" d
    left join lateral (
      select * from "DocumentEvent" where "documentId" = d.id and seq > ${since} order by seq limit ${CHANGE_BATCH}
    ) e on true
    left join "User" u on u.id = e."actorId"
    where d.id = ${documentId}::uuid
    order by e.seq`;
  const changes: LoggedChange[] = rows.flatMap((row) =>
    row.seq === null || row.kind === null
      ? []
      : [
          {
            seq: row.seq,
            kind: row.kind,
            entityId: row.entityId,
            audiences: row.audiences ?? [],
            actorId: row.actorId,
          },
        ],
  );
  const ids = (kind: ChangeEventKind) => [
    ...new Set(changes.flatMap((change) => (change.kind === kind && change.entityId ? [change.entityId] : []))),
  ];
  // One query after another: overlapping queries lose a pg adapter transaction (see load-annotation-views).
  const annotations = await loadAnnotationViews(db, documentId, ids("annotation"));
  const maps = ids("map").length > 0 ? await loadMaps(db, ids("map")) : [];
  const actors = rows.flatMap((row) =>
    row.actorId && row.actorName ? [{ id: row.actorId, name: row.actorName }] : [],
  );
  const head = rows[0]?.head ?? 0;
  // The log has no gaps but pruning's: a first change past since + 1 means those before it were pruned.
  const first = changes[0]?.seq ?? head + 1;
  return {
    changes,
    asOf: Math.max(head, changes.at(-1)?.seq ?? 0),
    prunedThrough: head > since && first > since + 1 ? first - 1 : null,
    annotations: new Map(annotations.map((annotation) => [annotation.id, annotation])),
    maps: new Map(maps.map((map) => [map.id, map])),
    actors: new Map(actors.map((actor) => [actor.id, actor])),
  };
}
