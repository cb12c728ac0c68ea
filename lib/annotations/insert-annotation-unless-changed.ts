import { grantRolesSql } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { preparedStatement, runPrepared } from "@/lib/db/prepared-statement";
import type { AccessFacts } from "@/lib/documents/readable-document";
import {
  MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT,
  MAX_ANNOTATIONS_PER_DOCUMENT,
  WRITE_LIMITS,
  writeLimitsOn,
} from "@/lib/limits/write-limits";
import { EVENTS_CHANNEL, type ChangeEvent } from "@/lib/realtime/change-event";
import type { AnnotationRow } from "./annotation-view";
import { fromInsertedRow, INSERTED_COLUMNS, type InsertedRow, type NewAnnotation } from "./insert-annotation-row";

/**
 * Inserts an annotation whose document, access and quote were checked by an
 * earlier read (`facts`), in one prepared statement outside a transaction,
 * writing only while those facts still hold: the text's version, and what
 * decided the author's role (the owner, the visibility, the roles their
 * shares and links grant, compared as sets). With write limits on, the same
 * statement keeps to the per-document caps and spends the rate limit's
 * token. The annotation, its event (numbered on from Document.eventSeq) and
 * its NOTIFY are one atomic write. The document's row is locked first, then
 * the rate limit's, in the change path's order: the two paths racing each
 * other never deadlock (they did, the other way round, on PostgreSQL).
 *
 * Returns null when it wrote nothing — something changed, the bucket is
 * empty or a cap is reached — and the caller then takes the transactional
 * change path, which decides again from the facts as they stand and says
 * why it refuses. Why not always that path: on PGlite a POST spent half
 * its time in the database, and its five round trips (session, BEGIN, lock
 * and access, insert, COMMIT) through Prisma's interactive transaction cost
 * more than the work (docs/ARCHITECTURE.md, "Performance under a class's
 * load").
 *
 * On PostgreSQL a statement reads every table as it was when it began but
 * the document's row, which it locks, as it is once locked; so the grants
 * are compared as the statement began, and the row's own facts — text
 * version, owner, visibility and Document.accessSeq, which every access
 * change moves — once the lock is held: a share removed while the statement
 * waited for the lock stops it. Tags by others do not (they move only
 * eventSeq), so a class tagging at once does not fall back. The token is
 * spent only after that check, so a write refused here costs none. One
 * thing is weaker than under the change path's lock, on PostgreSQL only
 * (PGlite runs one statement at a time): the caps are counted in the
 * statement's snapshot, so writers racing each other may pass a cap by up
 * to one annotation each (the pool has 10 connections).
 */
export async function insertAnnotationUnlessChanged(
  db: Db,
  annotation: NewAnnotation,
  facts: AccessFacts,
  now = new Date(),
): Promise<AnnotationRow | null> {
  const event: ChangeEvent = {
    kind: "annotation",
    id: annotation.id,
    audiences: [{ authorId: annotation.authorId, visibility: annotation.visibility, groupId: annotation.groupId }],
  };
  const [row] = await runPrepared<InsertedRow>(db, writeLimitsOn() ? WITH_LIMITS : WITHOUT_LIMITS, [
    annotation.documentId,
    annotation.authorId,
    annotation.id,
    annotation.kind,
    annotation.comment,
    JSON.stringify(annotation.tags),
    annotation.visibility,
    annotation.groupId,
    annotation.exact,
    annotation.prefix,
    annotation.suffix,
    String(annotation.start),
    String(annotation.end),
    annotation.searchText,
    now,
    String(facts.version),
    facts.ownerId,
    facts.visibility,
    JSON.stringify(facts.grants),
    JSON.stringify(event.audiences),
    String(facts.accessSeq),
  ]);
  return row ? fromInsertedRow(row) : null;
}

const PARAMETER_TYPES = [
  ...["uuid", "uuid", "uuid", "text", "text", "jsonb", "text", "uuid"],
  ...["text", "text", "text", "int", "int", "text", "timestamptz"],
  ...["int", "uuid", "text", "jsonb", "jsonb", "int"],
] as const;

/** The statement, with or without the caps and the rate limit (WARRANT_WRITE_LIMITS). */
function statementText(limits: boolean): string {
  const { capacity, perHour } = WRITE_LIMITS.annotate;
  const perSecond = perHour / 3600;
  const refilled = `least(${capacity}::float8,
      b.tokens + extract(epoch from clock_timestamp() - b."updatedAt")::float8 * ${perSecond}::float8)`;
  const caps = `and (select count(*) from "Annotation" a
        where a."documentId" = d.id and a."deletedAt" is null) < ${MAX_ANNOTATIONS_PER_DOCUMENT}
      and (select count(*) from "Annotation" a
        where a."documentId" = d.id and a."authorId" = $2::uuid and a."deletedAt" is null)
        < ${MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT}`;
  // The token is spent only when the rest holds, so a write refused here costs nothing.
  const spent = `, spent as (
      insert into "RateLimit" as b ("userId", action, tokens, "updatedAt")
      select $2::uuid, 'annotate', ${capacity - 1}::float8, clock_timestamp() from unchanged
      on conflict ("userId", action) do update
        set tokens = ${refilled} - 1, "updatedAt" = clock_timestamp()
        where ${refilled} >= 1
      returning 1
    )`;
  return `with granted as (
      select array(select jsonb_array_elements_text($19::jsonb)) as roles
    ), unchanged as (
      select 1 from "Document" d, granted
      where d.id = $1::uuid and d.version = $16::int and d."ownerId" = $17::uuid and d.visibility::text = $18::text
        and d."accessSeq" = $21::int
        and ${grantRolesSql("$2::uuid")} @> granted.roles and ${grantRolesSql("$2::uuid")} <@ granted.roles
        ${limits ? caps : ""}
      for update of d
    )${limits ? spent : ""}, bumped as (
      update "Document" set "eventSeq" = "eventSeq" + 1
      where id = $1::uuid and exists (select 1 from ${limits ? "spent" : "unchanged"})
      returning "eventSeq"
    ), created as (
      insert into "Annotation" (id, "documentId", "authorId", kind, comment, tags, visibility, "groupId",
        exact, prefix, suffix, start, "end", "searchText", "createdAt", "updatedAt")
      select $3::uuid, $1::uuid, $2::uuid, $4::"AnnotationKind", $5::text,
        array(select jsonb_array_elements_text($6::jsonb)), $7::"AnnotationVisibility", $8::uuid,
        $9::text, $10::text, $11::text, $12::int, $13::int, $14::text, $15::timestamptz, $15::timestamptz
      from bumped
      returning *
    ), stored as (
      insert into "DocumentEvent" ("documentId", seq, kind, "entityId", audiences, "actorId")
      select $1::uuid, bumped."eventSeq", 'annotation', $3::uuid, $20::jsonb, $2::uuid from bumped
    ), announced as (
      select pg_notify('${EVENTS_CHANNEL}', $1::text || ':' || bumped."eventSeq"::text) from bumped
    )
    select ${INSERTED_COLUMNS}
    from created c join "User" u on u.id = c."authorId" left join "Group" g on g.id = c."groupId", announced`;
}

// Prepared (prepared-statement.ts): planning this statement anew cost more than running it.
const WITHOUT_LIMITS = preparedStatement("warrant_annotate_unlimited", PARAMETER_TYPES, statementText(false));
const WITH_LIMITS = preparedStatement("warrant_annotate", PARAMETER_TYPES, statementText(true));
