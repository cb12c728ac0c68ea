import type { Tx } from "@/lib/db/client";
import type { AnnotationView } from "@/lib/validation/annotation";
import { toAnnotationView, type AnnotationRow } from "./annotation-view";

// Listing a document's annotations reads thousands of rows at once. On
// embedded PGlite most of the time goes into decoding typed columns in
// WebAssembly: 10,000 annotations took ~310 ms through Prisma's nested
// select, ~150 ms as one JSON object per row, and ~85 ms as one JSON array
// per row, which is what this loader reads. Which rows to read stays a
// Prisma query (and its permission rule) in the caller; this only turns ids
// into views.

// One row as PostgreSQL's json_build_array gives it; timestamps as ISO strings.
type RowTuple = [
  id: string,
  documentId: string,
  authorId: string,
  kind: AnnotationRow["kind"],
  comment: string,
  tags: string[],
  visibility: AnnotationRow["visibility"],
  groupId: string | null,
  exact: string,
  prefix: string,
  suffix: string,
  start: number,
  end: number,
  createdAt: string,
  updatedAt: string,
  deletedAt: string | null,
  authorName: string,
  hiddenAt: string | null,
];

// The author's name comes with the row: one query fewer on every list and every live change.
const SELECT_ROWS = `
  select json_build_array(
    a.id, a."documentId", a."authorId", a.kind, a.comment, a.tags, a.visibility, a."groupId",
    a.exact, a.prefix, a.suffix, a.start, a."end", a."createdAt", a."updatedAt", a."deletedAt", u.name,
    a."hiddenAt"
  )::text as json
  from "Annotation" a join "User" u on u.id = a."authorId"
  where a."documentId" = $1::uuid and a.id = any($2::uuid[])`;

// Only the replies of the annotations listed: those are the ones the caller
// may see. (Reading the whole document's replies and dropping the rest read
// the threads under everyone's private annotations on every listing.) The
// ids go as one array parameter, so a list of thousands costs one bind.
// Replies by the authors in $2 (classmates hidden until posted) are left out.
const SELECT_REPLIES = `
  select json_build_array(r.id, r."annotationId", r.body, r."createdAt", u.id, u.name)::text as json
  from "Reply" r join "User" u on u.id = r."authorId"
  where r."annotationId" = any($1::uuid[]) and not (r."authorId" = any($2::uuid[]))
  order by r."createdAt", r.id`;

type ReplyTuple = [
  id: string,
  annotationId: string,
  body: string,
  createdAt: string,
  authorId: string,
  authorName: string,
];

/**
 * The views of the annotations `ids` of document `documentId`, in the order
 * of `ids`; ids not found there are skipped. Replies by `hiddenAuthors`
 * (lib/classroom/hidden-peers.ts) are not in them.
 */
export async function loadAnnotationViews(
  db: Tx,
  documentId: string,
  ids: readonly string[],
  hiddenAuthors: readonly string[] = [],
): Promise<AnnotationView[]> {
  if (ids.length === 0) return [];
  const rows = (await db.$queryRawUnsafe<{ json: string }[]>(SELECT_ROWS, documentId, [...ids])).map(
    (row) => JSON.parse(row.json) as RowTuple,
  );
  const groupIds = [...new Set(rows.flatMap((row) => (row[7] ? [row[7]] : [])))];
  // One after another, not together: inside an interactive transaction (a
  // snapshot read) Prisma's pg adapter loses the transaction when queries overlap.
  const groups =
    groupIds.length > 0
      ? await db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } })
      : [];
  const replies = (await db.$queryRawUnsafe<{ json: string }[]>(SELECT_REPLIES, [...ids], [...hiddenAuthors])).map(
    (row) => JSON.parse(row.json) as ReplyTuple,
  );

  const groupOf = new Map(groups.map((group) => [group.id, group]));
  const repliesOf = new Map<string, AnnotationRow["replies"]>();
  for (const [id, annotationId, body, createdAt, authorId, authorName] of replies) {
    const list = repliesOf.get(annotationId) ?? [];
    list.push({ id, body, createdAt: new Date(createdAt), author: { id: authorId, name: authorName } });
    repliesOf.set(annotationId, list);
  }
  const byId = new Map<string, AnnotationView>();
  for (const row of rows) {
    const [
      id,
      ,
      authorId,
      kind,
      comment,
      tags,
      visibility,
      groupId,
      exact,
      prefix,
      suffix,
      start,
      end,
      createdAt,
      updatedAt,
      deletedAt,
      authorName,
      hiddenAt,
    ] = row;
    const view = toAnnotationView({
      id,
      documentId,
      author: { id: authorId, name: authorName },
      kind,
      comment,
      tags,
      visibility,
      group: groupId ? (groupOf.get(groupId) ?? null) : null,
      exact,
      prefix,
      suffix,
      start,
      end,
      createdAt: new Date(createdAt),
      updatedAt: new Date(updatedAt),
      deletedAt: deletedAt === null ? null : new Date(deletedAt),
      hiddenAt: hiddenAt === null ? null : new Date(hiddenAt),
      replies: repliesOf.get(id) ?? [],
    });
    byId.set(id, view);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
