import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { fixedSql } from "@/lib/db/fixed-sql";
import type { AnnotationKind, AnnotationVisibility, TextTarget } from "@/lib/validation/annotation";
import type { AnnotationRow } from "./annotation-view";

export type NewAnnotation = {
  id: string;
  documentId: string;
  authorId: string;
  kind: AnnotationKind;
  comment: string;
  tags: string[];
  visibility: AnnotationVisibility;
  groupId: string | null;
  searchText: string;
} & TextTarget;

export type InsertedRow = Omit<AnnotationRow, "author" | "group" | "replies"> & {
  authorId: string;
  authorName: string;
  groupId: string | null;
  groupName: string | null;
};

/**
 * Inserts an annotation, stores and announces the change's events
 * (`events`, from recordWithin: lib/db/with-document-change.ts) and reads
 * the annotation back with its author's and group's names, in one
 * statement. Prisma's `create` with those relations selected takes four
 * round trips (the insert, the row, the group, the author) and the events
 * one more, and every tag paid them: ~3 ms each through Prisma on PGlite
 * (docs/ARCHITECTURE.md, "Performance under a class's load"). The
 * timestamps are made here as Prisma's defaults would make them.
 */
export async function insertAnnotationRow(tx: Tx, data: NewAnnotation, events: Prisma.Sql): Promise<AnnotationRow> {
  const now = new Date();
  const [row] = await tx.$queryRaw<InsertedRow[]>`
    with ${events}, created as (
      insert into "Annotation" (id, "documentId", "authorId", kind, comment, tags, visibility, "groupId",
        exact, prefix, suffix, start, "end", "searchText", "createdAt", "updatedAt")
      values (${data.id}::uuid, ${data.documentId}::uuid, ${data.authorId}::uuid,
        ${data.kind}::"AnnotationKind", ${data.comment}, ${data.tags}::text[],
        ${data.visibility}::"AnnotationVisibility", ${data.groupId}::uuid,
        ${data.exact}, ${data.prefix}, ${data.suffix}, ${data.start}::int, ${data.end}::int, ${data.searchText},
        ${now}::timestamptz, ${now}::timestamptz)
      returning *
    )
    select ${fixedSql(INSERTED_COLUMNS)}
    from created c join "User" u on u.id = c."authorId" left join "Group" g on g.id = c."groupId", announced`;
  if (!row) throw new Error("The annotation was not inserted");
  return fromInsertedRow(row);
}

/**
 * The columns of an InsertedRow, read from the inserted row `c`, its
 * author `u` and its group `g`.
 */
export const INSERTED_COLUMNS = `c.id::text as id, c."documentId"::text as "documentId", c.kind::text as kind,
  c.comment, c.tags, c.visibility::text as visibility, c.exact, c.prefix, c.suffix, c.start, c."end",
  c."createdAt", c."updatedAt", c."deletedAt", c."hiddenAt",
  u.id::text as "authorId", u.name as "authorName", g.id::text as "groupId", g.name as "groupName"`;

/** An annotation just inserted, as toAnnotationView reads it (it has no replies yet). */
export function fromInsertedRow(row: InsertedRow): AnnotationRow {
  const { authorId, authorName, groupId, groupName, ...fields } = row;
  return {
    ...fields,
    author: { id: authorId, name: authorName },
    group: groupId === null ? null : { id: groupId, name: groupName! },
    replies: [],
  };
}
