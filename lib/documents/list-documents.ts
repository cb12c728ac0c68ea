import type { Db } from "@/lib/db/client";
import { documentRole, grantRolesSql, type DocumentRole, type ShareRole } from "@/lib/auth/permissions";
import { preparedStatement, runPrepared } from "@/lib/db/prepared-statement";
import { InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

export type DocumentSummary = {
  id: string;
  title: string;
  ownerName: string;
  role: DocumentRole;
  updatedAt: Date;
};

/** A page of the library, and where the next one starts (null: this was the last). */
export type DocumentPage = { documents: DocumentSummary[]; next: string | null };

/** How many documents a page of the library holds unless asked otherwise, and at most. */
export const LIBRARY_PAGE_SIZE = 100;
export const MAX_LIBRARY_PAGE_SIZE = 200;

/** The library's sections, in the order it shows them (their numbers in the query). */
const SECTIONS = ["own", "shared", "everyone"] as const;
type Section = (typeof SECTIONS)[number];

/** Where a page starts: after the document `id`, last updated `updatedAt`, of `section`. */
type Cursor = { section: Section; updatedAt: Date; id: string };

const CURSOR = /^(own|shared|everyone)~(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f-]{36})$/;

const encodeCursor = ({ section, updatedAt, id }: Cursor) => `${section}~${updatedAt.toISOString()}~${id}`;

/** The cursor a previous page gave, or a 400 naming `after` for anything else. */
export function decodeCursor(after: string): Cursor {
  const match = CURSOR.exec(after);
  const updatedAt = match ? new Date(match[2]!) : null;
  if (!match || !updatedAt || Number.isNaN(updatedAt.getTime()) || !isUuid(match[3]!)) {
    throw new InvalidInputError("after", "after must be the `next` value a previous page of the library gave");
  }
  return { section: match[1] as Section, updatedAt, id: match[3]! };
}

type LibraryRow = {
  id: string;
  title: string;
  ownerId: string;
  ownerName: string;
  visibility: "PRIVATE" | "EVERYONE";
  updatedAt: Date;
  grants: ShareRole[];
  section: number;
};

/**
 * The documents `$1` may read, each in its section: 0 their own, 1 shared
 * with them (directly, through a group or a link they accepted: the grants
 * of grantRolesSql), 2 shared with everyone and not with them otherwise;
 * none, not readable. Newest first within a section, the id breaking ties,
 * after the cursor ($3 section, $4 updatedAt, $5 id; all null for the first
 * page); at most $2 rows. One statement: three section queries through
 * Prisma (each with its relation reads) served a third as many libraries
 * a second (bench:load, GET /api/documents). Prepared (prepared-statement.ts):
 * PGlite spent longer planning it than running it.
 */
const LIBRARY = preparedStatement(
  "warrant_library_page",
  ["uuid", "int", "int", "timestamptz", "uuid"],
  `
  select r.id::text as id, r.title, r."ownerId"::text as "ownerId", r.visibility::text as visibility,
    r."updatedAt", r.grants, r.section,
    (select u.name from "User" u where u.id = r."ownerId") as "ownerName"
  from (
    select d.id, d.title, d."ownerId", d.visibility, d."updatedAt", g.grants,
      case when d."ownerId" = $1::uuid then 0
           when cardinality(g.grants) > 0 then 1
           when d.visibility = 'EVERYONE' then 2 end as section
    from "Document" d cross join lateral (select ${grantRolesSql("$1::uuid")} as grants) g
  ) r
  where r.section is not null
    and ($3::int is null or r.section > $3::int or (r.section = $3::int
      and (r."updatedAt" < $4::timestamptz or (r."updatedAt" = $4::timestamptz and r.id > $5::uuid))))
  order by r.section, r."updatedAt" desc, r.id
  limit $2::int`,
);

/**
 * A page of the documents `userId` may read, each with their role on it:
 * their own first, then those shared with them, then those shared with
 * everyone (for a new account, the sample article); newest first within
 * each. At most `limit` documents, however many there are: every reader can
 * open every public document, and nothing bounds how many people publish.
 */
export async function listDocuments(
  db: Db,
  userId: string,
  { after, limit = LIBRARY_PAGE_SIZE }: { after?: string; limit?: number } = {},
): Promise<DocumentPage> {
  const cursor = after === undefined ? null : decodeCursor(after);
  // One more than fits tells whether the library goes on past the page.
  const rows = await runPrepared<LibraryRow>(db, LIBRARY, [
    userId,
    String(limit + 1),
    cursor ? String(SECTIONS.indexOf(cursor.section)) : null,
    cursor?.updatedAt ?? null,
    cursor?.id ?? null,
  ]);
  // The query's sections follow readableDocumentsWhere; the role, as everywhere, is documentRole's.
  const documents = rows.slice(0, limit).flatMap((row) => {
    const role = documentRole(userId, row);
    return role ? [{ id: row.id, title: row.title, ownerName: row.ownerName, role, updatedAt: row.updatedAt }] : [];
  });
  const last = rows.length > limit ? rows[limit - 1]! : null;
  return {
    documents,
    next: last ? encodeCursor({ section: SECTIONS[last.section]!, updatedAt: last.updatedAt, id: last.id }) : null,
  };
}
