import type { Db, Tx } from "@/lib/db/client";
import { LIVE_SESSION_PARAM_TYPES, liveSessionCtes, liveSessionParams } from "@/lib/auth/user-sessions";
import { preparedStatement, runPrepared } from "@/lib/db/prepared-statement";
import {
  can,
  documentRole,
  type DocumentGrants,
  grantRolesSql,
  memberGroupIdsSql,
  refusal,
  type DocumentAction,
  type DocumentRole,
  type ShareRole,
} from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { mapRowsJsonSql, type MapRow } from "@/lib/maps/map-summaries";
import { audienceGroupsJsonSql, type AudienceGroup } from "./audience-groups";

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
  accessSeq: number;
  /** With `lock` (LOCK_COLUMNS_SQL). */
  lockedAccessSeq?: number;
  seenAccessSeq?: number;
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
  /** The reader's groups, which decide the group-visible annotations drawn in the page (readerPrepaint). */
  groupIds: string[];
  /** The groups the reader may address on this document (audienceGroups). */
  audienceGroups: AudienceGroup[];
  /** The maps the reader sees, hidden classmates' still among them (listMaps leaves them out). */
  mapRows: MapRow[];
};

/**
 * `withText`: the document's plain text too. `lock`: take the document's row
 * lock (FOR UPDATE) in the same statement, as the change path's first one.
 */
type AccessRead = { withText?: boolean; lock?: boolean };

/** PageColumns in SQL: `$2` is the reader. */
const PAGE_COLUMNS_SQL = `, d.content, d."eventSeq" as "eventSeq",
  (select u.name from "User" u where u.id = d."ownerId") as "ownerName",
  exists(select 1 from "DocumentShare" s
    where s."documentId" = d.id and s."userId" = $2::uuid and s."openedAt" is null) as "shareUnopened",
  exists(select 1 from "Assignment" a where a."documentId" = d.id and a.mode = 'individual') as assigned,
  ${memberGroupIdsSql("$2::uuid")} as "groupIds",
  ${audienceGroupsJsonSql("$2::uuid")} as "audienceGroups",
  ${mapRowsJsonSql("$2::uuid")} as "mapRows"`;

/**
 * The document and the roles its shares and links give `userId`, in one
 * query: every request that touches a document starts here.
 */
async function readAccess(db: Tx, userId: string, documentId: string, { withText = false, lock = false }: AccessRead) {
  if (!isUuid(documentId)) return null;
  const rows = await db.$queryRawUnsafe<AccessRow[]>(
    `select ${accessColumns("$2::uuid", withText)}${lock ? LOCK_COLUMNS_SQL : ""}
     from "Document" d where d.id = $1::uuid${lock ? " for update of d" : ""}`,
    documentId,
    userId,
  );
  return rows[0] ?? null;
}

/**
 * Whether an access change committed while the row lock was waited for:
 * on PostgreSQL (READ COMMITTED) a statement that waits for a row lock
 * reads that row as it is once locked, but every other table — the shares
 * and memberships behind `grants` — and this subquery as they were when it
 * began.
 */
const LOCK_COLUMNS_SQL = `, d."accessSeq" as "lockedAccessSeq",
  (select x."accessSeq" from "Document" x where x.id = d.id) as "seenAccessSeq"`;

/** The columns of an AccessRow, read from the document `d` for the reader `userSql`. */
function accessColumns(userSql: string, withText: boolean) {
  return `d.id::text as id, d.title, d."ownerId"::text as "ownerId", d.visibility::text as visibility, d.version,
    d."accessSeq" as "accessSeq",
    ${grantRolesSql(userSql)} as grants${withText ? `, d."plainText" as "plainText"` : ""}`;
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
    groupIds: _g,
    audienceGroups: _ag,
    mapRows: _m,
    accessSeq: _as,
    lockedAccessSeq: _l,
    seenAccessSeq: _n,
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

/** What decided a reader's role on a document, the count of its access changes, and the version of its text. */
export type AccessFacts = DocumentGrants & { version: number; accessSeq: number };

/**
 * readableDocumentText for a write made outside a transaction, in one
 * statement of its own that writes only while `facts` still hold
 * (insert-annotation-unless-changed.ts): what decided the role, and the
 * text's version its quote was checked against.
 */
export async function readableDocumentTextAndFacts(db: Tx, userId: string, documentId: string, action: DocumentAction) {
  return textAndFacts(userId, await readAccess(db, userId, documentId, { withText: true }), action);
}

/**
 * readableDocumentTextAndFacts for the browser holding session
 * `sessionId`, with the session check (userOfSession's, last-seen
 * included) in the same prepared statement: a tag, which a whole class
 * makes at once, reads once before it writes. Null when the session is not
 * live (the caller answers 401).
 */
export async function sessionDocumentTextAndFacts(
  db: Db,
  sessionId: string,
  documentId: string,
  action: DocumentAction,
  now = new Date(),
) {
  if (!isUuid(sessionId)) return null;
  const [row] = await runPrepared<AccessRow & { userId: string; found: boolean }>(db, SESSION_DOCUMENT_TEXT, [
    ...liveSessionParams(sessionId, now),
    isUuid(documentId) ? documentId : null,
  ]);
  if (!row) return null;
  return { userId: row.userId, ...textAndFacts(row.userId, row.found ? row : null, action) };
}

const SESSION_DOCUMENT_TEXT = preparedStatement(
  "warrant_session_document_text",
  [...LIVE_SESSION_PARAM_TYPES, "uuid"],
  `with ${liveSessionCtes("$1", "$2")}
   select reader.id::text as "userId", d.id is not null as found, ${accessColumns("reader.id", true)}
   from live join "User" reader on reader.id = live."userId" left join "Document" d on d.id = $5::uuid`,
);

function textAndFacts(userId: string, row: AccessRow | null, action: DocumentAction) {
  const document = { ...allowed(userId, row, action), plainText: row!.plainText! };
  const { ownerId, visibility, grants, version, accessSeq } = row!;
  const facts: AccessFacts = { ownerId, visibility, grants, version, accessSeq };
  return { document, facts };
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
  let row = await readAccess(tx, userId, documentId, { withText, lock: true });
  // An access change committed while this one waited for the lock (a share removed, say): its grants were read
  // from before it. Read them again, under the lock now held, in a statement that sees that change.
  if (row && row.lockedAccessSeq !== row.seenAccessSeq) row = await readAccess(tx, userId, documentId, { withText });
  return { document: allowed(userId, row, action), plainText: row?.plainText };
}

/**
 * readableDocument with what the reader page shows (its content, last event
 * number, owner's name, whether a share to the reader is unopened, whether
 * classmates may be hidden from them, the groups they may address and the
 * maps they see) in the same statement: the page a whole class opens at once
 * costs one round trip, and never reads the plain text it does not show.
 * Read by Prisma, the maps and groups cost 40% of the page's CPU (its
 * compiler, then two statements planned anew each time).
 */
export async function readableDocumentPage(db: Tx, userId: string, documentId: string) {
  const [row] = isUuid(documentId) ? await runPrepared<AccessRow>(db, READER_PAGE_DOCUMENT, [documentId, userId]) : [];
  const document = allowed(userId, row ?? null, "read");
  const { content, eventSeq, ownerName, shareUnopened, assigned, groupIds, audienceGroups, mapRows } =
    row as AccessRow & PageColumns;
  return { ...document, content, eventSeq, ownerName, shareUnopened, assigned, groupIds, audienceGroups, mapRows };
}

// Prepared (prepared-statement.ts): every reader page runs it, and PGlite took 0.9 ms to plan it, 0.3 ms to run it.
const READER_PAGE_DOCUMENT = preparedStatement(
  "warrant_reader_page_document",
  ["uuid", "uuid"],
  `select ${accessColumns("$2::uuid", false)}${PAGE_COLUMNS_SQL} from "Document" d where d.id = $1::uuid`,
);
