import type { Db, Tx } from "./client";
import { Prisma } from "./generated/client";
import { EVENTS_CHANNEL, type ChangeEvent } from "@/lib/realtime/change-event";

/** Says what a change changed; every change must say at least once. */
export type RecordEvent = (event: ChangeEvent) => void;

/**
 * Says what a change changed, as its last step, and returns the SQL that
 * stores and announces it (with the events recorded before it): CTEs named
 * `bumped`, `stored` and `announced` for the change to put in front of its
 * own last write, so both cost one round trip — `with ${sql}, created as
 * (insert …) select … from created, announced`. The statement must select
 * from `announced` (PostgreSQL runs a plain SELECT CTE only when it is
 * read: no NOTIFY otherwise). Nothing may be recorded after it.
 */
export type RecordEventWithin = (event: ChangeEvent) => Prisma.Sql;

/**
 * The one path every change to a document's data takes: its annotations,
 * replies, maps and their history, its text and its shares. The change runs
 * in one transaction that first locks the document's row, so changes to one
 * document are applied one at a time, in the order they commit, and each
 * change sees the access rules as they stand when it runs (a share removed a
 * moment earlier is already gone). A document being created has no row to
 * lock yet; nothing else can reach it until the change commits.
 *
 * The change records what it changed (`record`); those events are appended
 * to the document's DocumentEvent log in the same transaction, numbered on
 * from Document.eventSeq, and announced with NOTIFY, which PostgreSQL (and
 * PGlite) deliver only once the transaction commits. A change that records
 * nothing is a mistake in the code and throws.
 *
 * Keep the work inside short: on PGlite an open transaction holds up every
 * other query of the process, and every statement is a round trip (~3 ms
 * through Prisma on PGlite however small), so a change counts them.
 *
 * `lock` replaces the plain row lock for a caller whose first statement
 * must read the document anyway: it must lock the document's row (FOR
 * UPDATE) before anything else runs (changeDocument reads the access facts
 * and locks in one statement).
 */
export async function withDocumentChange<T>(
  db: Db,
  target: { documentId: string; actorId: string | null },
  change: (tx: Tx, record: RecordEvent, recordWithin: RecordEventWithin) => Promise<T>,
  lock: (tx: Tx) => Promise<unknown> = (tx) =>
    tx.$executeRaw`select 1 from "Document" where id = ${target.documentId}::uuid for update`,
): Promise<T> {
  const { documentId, actorId } = target;
  return db.$transaction(async (tx) => {
    await lock(tx);
    const events: ChangeEvent[] = [];
    let storedWithin = false;
    const record: RecordEvent = (event) => {
      if (storedWithin) throw new Error("Nothing may be recorded after recordWithin");
      events.push(event);
    };
    const recordWithin: RecordEventWithin = (event) => {
      record(event);
      storedWithin = true;
      return eventsSql(documentId, actorId, events);
    };
    const result = await change(tx, record, recordWithin);
    if (events.length === 0) throw new Error("A change to a document must record what it changed");
    if (!storedWithin) await tx.$queryRaw`with ${eventsSql(documentId, actorId, events)} select 1 from announced`;
    return result;
  });
}

/**
 * Numbers the events on from the document's last one (and counts its
 * access changes in Document.accessSeq), stores them and announces the
 * last number, as CTEs of one statement (every change pays
 * for it, so it is never a round trip of its own): `bumped`, `stored` and
 * `announced`, which the statement must read. The NOTIFY payload is
 * eventsPayload's `<documentId>:<last seq>`, spelled in SQL because the
 * number is only known there; -1 when the change deleted the document (its
 * log went with it; streams learn it from the notice).
 */
function eventsSql(documentId: string, actorId: string | null, events: ChangeEvent[]): Prisma.Sql {
  const rows = events.map((event, index) => ({
    i: index + 1,
    kind: event.kind,
    entityId: "id" in event ? event.id : null,
    audiences: "audiences" in event ? event.audiences : [],
  }));
  const accessChanges = events.filter((event) => event.kind === "access").length;
  return Prisma.sql`bumped as (
      update "Document" set "eventSeq" = "eventSeq" + ${events.length}, "accessSeq" = "accessSeq" + ${accessChanges}
      where id = ${documentId}::uuid returning "eventSeq"
    ), stored as (
      insert into "DocumentEvent" ("documentId", seq, kind, "entityId", audiences, "actorId")
      select ${documentId}::uuid, bumped."eventSeq" - ${events.length} + e.i, e.kind, e."entityId", e.audiences,
        ${actorId}::uuid
      from bumped, jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as e(i int, kind text, "entityId" uuid, audiences jsonb)
    ), announced as (
      select pg_notify(${EVENTS_CHANNEL},
        ${documentId}::text || ':' || coalesce((select "eventSeq" from bumped), -1)::text)::text as notified
    )`;
}
