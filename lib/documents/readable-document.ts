import type { Tx } from "@/lib/db/client";
import {
  can,
  documentRole,
  grantRolesSql,
  refusal,
  type DocumentAction,
  type DocumentRole,
  type ShareRole,
} from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/** One message for a missing document and one the caller may not read: the two must look the same. */
export const DOCUMENT_NOT_FOUND = "This document does not exist or is not shared with you";

type AccessRow = {
  id: string;
  title: string;
  ownerId: string;
  visibility: "PRIVATE" | "EVERYONE";
  version: number;
  grants: ShareRole[];
  plainText?: string;
} & Partial<PageColumns>;

/** What the reader page shows besides the access row (reader-page-document.ts). */
type PageColumns = {
  content: unknown;
  eventSeq: number;
  ownerName: string;
  /** Whether a share to the reader has not been marked opened yet (mark-share-opened.ts). */
  shareUnopened: boolean;
  /** Whether the document is an individual assignment's reading: only then may classmates be hidden. */
  assigned: boolean;
};

/**
 * `withText`: the document's plain text too. `lock`: take the document's row
 * lock (FOR UPDATE) in the same statement, as the change path's first one.
 */
type AccessRead = { withText?: boolean; lock?: boolean; withPage?: boolean };

/** PageColumns in SQL: `$2` is the reader. */
const PAGE_COLUMNS_SQL = `, d.content, d."eventSeq" as "eventSeq",
  (select u.name from "User" u where u.id = d."ownerId") as "ownerName",
  exists(select 1 from "DocumentShare" s
    where s."documentId" = d.id and s."userId" = $2::uuid and s."openedAt" is null) as "shareUnopened",
  exists(select 1 from "Assignment" a where a."documentId" = d.id and a.mode = 'individual') as assigned`;

/**
 * The document and the roles its shares and links give `userId`, in one
 * query: every request that touches a document starts here.
 */
async function readAccess(
  db: Tx,
  userId: string,
  documentId: string,
  { withText = false, lock = false, withPage = false }: AccessRead,
) {
  if (!isUuid(documentId)) return null;
  const rows = await db.$queryRawUnsafe<AccessRow[]>(
    `select d.id::text as id, d.title, d."ownerId"::text as "ownerId", d.visibility::text as visibility, d.version,
       ${grantRolesSql("$2::uuid")} as grants${withText ? `, d."plainText" as "plainText"` : ""}${withPage ? PAGE_COLUMNS_SQL : ""}
     from "Document" d where d.id = $1::uuid${lock ? " for update of d" : ""}`,
    documentId,
    userId,
  );
  return rows[0] ?? null;
}

/** The row with the role its grants make; throws unless the role allows `action`. */
function allowed(userId: string, row: AccessRow | null, action: DocumentAction) {
  const role = row ? documentRole(userId, row) : null;
  if (!row || !can(role, "read")) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  if (!can(role, action)) throw new ForbiddenError(refusal(action));
  const {
    grants: _grants,
    plainText: _text,
    content: _c,
    eventSeq: _e,
    ownerName: _o,
    shareUnopened: _s,
    assigned: _a,
    ...document
  } = row;
  return { ...document, role: role as DocumentRole };
}

/**
 * The id, title, owner, visibility and text version of a document, with
 * `userId`'s role on it. Throws NotFoundError when it is missing or `userId`
 * may not read it, and ForbiddenError when they may read it but not do
 * `action`.
 */
export async function readableDocument(db: Tx, userId: string, documentId: string, action: DocumentAction = "read") {
  return allowed(userId, await readAccess(db, userId, documentId, {}), action);
}

/**
 * readableDocument with the document's plain text, for placing quotes in it
 * (a long document's text is a megabyte: read it only where it is needed).
 */
export async function readableDocumentText(
  db: Tx,
  userId: string,
  documentId: string,
  action: DocumentAction = "read",
) {
  const row = await readAccess(db, userId, documentId, { withText: true });
  return { ...allowed(userId, row, action), plainText: row!.plainText! };
}

/**
 * readableDocument as the first statement of a change (lib/documents/change-document.ts):
 * the same read also locks the document's row, so a change pays one round
 * trip for its lock and its access check, not two. `withText`: with the
 * plain text (undefined when not asked for).
 */
export async function lockReadableDocument(
  tx: Tx,
  userId: string,
  documentId: string,
  action: DocumentAction,
  withText = false,
) {
  const row = await readAccess(tx, userId, documentId, { withText, lock: true });
  return { document: allowed(userId, row, action), plainText: row?.plainText };
}

/**
 * readableDocument with what the reader page shows (its content, last event
 * number, owner's name, whether a share to the reader is unopened and
 * whether classmates may be hidden from them) in
 * the same statement: the page a whole class opens at once costs one round
 * trip for its document, and never reads the plain text it does not show.
 */
export async function readableDocumentPage(db: Tx, userId: string, documentId: string) {
  const row = await readAccess(db, userId, documentId, { withPage: true });
  const document = allowed(userId, row, "read");
  const { content, eventSeq, ownerName, shareUnopened, assigned } = row as AccessRow & PageColumns;
  return { ...document, content, eventSeq, ownerName, shareUnopened, assigned };
}
