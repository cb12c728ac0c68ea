import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import {
  documentRole,
  grantingLinksWhere,
  grantingSharesWhere,
  readableDocumentsWhere,
  type DocumentRole,
} from "@/lib/auth/permissions";
import { InvalidInputError } from "@/lib/errors";

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

/** The library's sections, in the order it shows them. */
const SECTIONS = ["own", "shared", "everyone"] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Which of the documents `userId` may read each section holds: their own;
 * those shared with them (directly, through a group or a link they
 * accepted); those shared with everyone and not with them otherwise.
 * Readability itself is readableDocumentsWhere's alone.
 */
function sectionWhere(section: Section, userId: string): Prisma.DocumentWhereInput {
  const granted = [
    { shares: { some: grantingSharesWhere(userId) } },
    { shareLinks: { some: grantingLinksWhere(userId) } },
  ];
  const ofSection: Record<Section, Prisma.DocumentWhereInput> = {
    own: { ownerId: userId },
    shared: { ownerId: { not: userId }, OR: granted },
    everyone: {
      ownerId: { not: userId },
      visibility: "EVERYONE",
      shares: { none: grantingSharesWhere(userId) },
      shareLinks: { none: grantingLinksWhere(userId) },
    },
  };
  return { AND: [readableDocumentsWhere(userId), ofSection[section]] };
}

/** Where a page starts: after the document `id`, last updated `updatedAt`, of `section`. */
type Cursor = { section: Section; updatedAt: Date; id: string };

const CURSOR = /^(own|shared|everyone)~(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f-]{36})$/;

const encodeCursor = ({ section, updatedAt, id }: Cursor) => `${section}~${updatedAt.toISOString()}~${id}`;

/** The cursor a previous page gave, or a 400 naming `after` for anything else. */
export function decodeCursor(after: string): Cursor {
  const match = CURSOR.exec(after);
  const updatedAt = match ? new Date(match[2]!) : null;
  if (!match || !updatedAt || Number.isNaN(updatedAt.getTime())) {
    throw new InvalidInputError("after", "after must be the `next` value a previous page of the library gave");
  }
  return { section: match[1] as Section, updatedAt, id: match[3]! };
}

/** Newest first within a section; the id breaks ties, so a page ends where the next begins. */
const afterWhere = (cursor: Cursor): Prisma.DocumentWhereInput => ({
  OR: [{ updatedAt: { lt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { gt: cursor.id } }],
});

/**
 * A page of the documents `userId` may read, each with their role on it:
 * their own first, then those shared with them, then those shared with
 * everyone (for a new account, the sample article); newest first within
 * each. At most `limit` documents and three queries, however many there
 * are: every reader can open every public document, and there is no bound
 * on how many people publish.
 */
export async function listDocuments(
  db: Db,
  userId: string,
  { after, limit = LIBRARY_PAGE_SIZE }: { after?: string; limit?: number } = {},
): Promise<DocumentPage> {
  const cursor = after === undefined ? null : decodeCursor(after);
  const documents: DocumentSummary[] = [];
  let last: Cursor | null = null;
  for (const section of SECTIONS.slice(cursor ? SECTIONS.indexOf(cursor.section) : 0)) {
    const wanted = limit - documents.length;
    const rows = await db.document.findMany({
      where:
        cursor?.section === section
          ? { AND: [sectionWhere(section, userId), afterWhere(cursor)] }
          : sectionWhere(section, userId),
      select: {
        id: true,
        title: true,
        ownerId: true,
        visibility: true,
        updatedAt: true,
        owner: { select: { name: true } },
        shares: { where: grantingSharesWhere(userId), select: { role: true } },
        shareLinks: { where: grantingLinksWhere(userId), select: { role: true } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      // One more than fits tells whether this section goes on past the page.
      take: wanted + 1,
    });
    for (const row of rows.slice(0, wanted)) {
      const grants = [...row.shares, ...row.shareLinks].map((grant) => grant.role);
      documents.push({
        id: row.id,
        title: row.title,
        ownerName: row.owner.name,
        role: documentRole(userId, { ...row, grants })!,
        updatedAt: row.updatedAt,
      });
      last = { section, updatedAt: row.updatedAt, id: row.id };
    }
    if (rows.length > wanted) return { documents, next: encodeCursor(last!) };
  }
  return { documents, next: null };
}
