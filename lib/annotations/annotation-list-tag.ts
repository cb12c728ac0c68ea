import { createHash } from "node:crypto";
import {
  can,
  documentRole,
  grantRolesSql,
  memberGroupIdsSql,
  type DocumentGrants,
  type DocumentRole,
} from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { DOCUMENT_NOT_FOUND } from "@/lib/documents/readable-document";
import { NotFoundError } from "@/lib/errors";
import { LIVE_SESSION_PARAM_TYPES, liveSessionCtes, liveSessionParams } from "@/lib/auth/user-sessions";
import { preparedStatement, runPrepared } from "@/lib/db/prepared-statement";
import { isUuid } from "@/lib/validation/uuid";
import { hiddenPeerAuthors } from "@/lib/classroom/hidden-peers";
import type { AnnotationFilter } from "./list-annotations";

// Bump when what the list holds changes shape, so tags cached before a deploy stop matching.
const TAG_FORMAT = 1;

type TagFacts = DocumentGrants & {
  eventSeq: number;
  groupIds: string[];
  /** Whether the document is the reading of an individual assignment: only then may classmates be hidden. */
  assigned: boolean;
};

/**
 * What a reader's list of a document's annotations depends on besides the
 * filter, in one query: what makes their role (owner, visibility, the
 * roles their shares and links grant), the document's last event number
 * (every change of an annotation, a reply, a share or a link use, and every
 * membership change of a group that reaches the document, goes through the
 * change path and moves it), and the groups they belong to (which decide the
 * group-visible annotations they see, even if a change's announcement was
 * lost). Null when there is no such document.
 */
export async function listTagFacts(db: Tx, userId: string, documentId: string): Promise<TagFacts | null> {
  if (!isUuid(documentId)) return null;
  const [row] = await db.$queryRawUnsafe<TagFacts[]>(
    `select ${tagFactsColumns("$2::uuid")} from "Document" d where d.id = $1::uuid`,
    documentId,
    userId,
  );
  return row ?? null;
}

/** The columns of TagFacts, read from the document `d` for the reader `userSql` (not aliased s, m, l or u: grantRolesSql uses those). */
function tagFactsColumns(userSql: string) {
  return `d."ownerId"::text as "ownerId", d.visibility::text as visibility, d."eventSeq" as "eventSeq",
       ${grantRolesSql(userSql)} as grants,
       ${memberGroupIdsSql(userSql)} as "groupIds",
       exists(select 1 from "Assignment" a where a."documentId" = d.id and a.mode = 'individual') as assigned`;
}

type TagInput = {
  documentId: string;
  userId: string;
  role: DocumentRole;
  facts: { eventSeq: number; groupIds: string[] };
  filter: AnnotationFilter;
  /** Classmates hidden from them now (hidden-peers.ts): a due date passing shows them with no event. */
  hiddenAuthors: readonly string[];
};

/**
 * A weak entity tag (the bytes differ with compression, the list does not)
 * for one reader's list: the same only while nothing it depends on changed.
 */
export function listTag({ documentId, userId, role, facts, filter, hiddenAuthors }: TagInput): string {
  const parts = [TAG_FORMAT, documentId, userId, role, facts.eventSeq, facts.groupIds, filter, hiddenAuthors];
  return `W/"${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 32)}"`;
}

/**
 * The tag the list of `documentId`'s annotations `userId` sees would carry
 * now, in one short query and without reading an annotation: a reload whose
 * If-None-Match holds it can be answered 304. Throws NotFoundError, as
 * readableDocument does, when they may not read the document (any more).
 */
export async function annotationListTag(db: Tx, userId: string, documentId: string, filter: AnnotationFilter = {}) {
  const facts = await listTagFacts(db, userId, documentId);
  const role = facts ? documentRole(userId, facts) : null;
  if (!facts || !role || !can(role, "read")) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  const hiddenAuthors = await hiddenPeersGiven(db, userId, documentId, facts);
  return listTag({ documentId, userId, role, facts, filter, hiddenAuthors });
}

/**
 * annotationListTag for the browser holding session `sessionId`, with the
 * session check (userOfSession's, last-seen included) in the same statement:
 * a reload answered 304 costs one round trip to the database, not two.
 * Null when the session is not live (the caller answers 401); throws
 * NotFoundError, as annotationListTag does, when its user may not read the
 * document.
 */
export async function sessionListTag(
  db: Tx,
  sessionId: string,
  documentId: string,
  filter: AnnotationFilter = {},
  now = new Date(),
): Promise<{ userId: string; tag: string } | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await runPrepared<Partial<TagFacts> & { userId: string; found: boolean }>(db, SESSION_TAG_FACTS, [
    ...liveSessionParams(sessionId, now),
    isUuid(documentId) ? documentId : null,
  ]);
  if (!row) return null;
  const facts = row.found ? (row as TagFacts) : null;
  const role = facts ? documentRole(row.userId, facts) : null;
  if (!facts || !role || !can(role, "read")) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  const hiddenAuthors = await hiddenPeersGiven(db, row.userId, documentId, facts);
  return { userId: row.userId, tag: listTag({ documentId, userId: row.userId, role, facts, filter, hiddenAuthors }) };
}

// Prepared (prepared-statement.ts): every reload of every reader runs it.
const SESSION_TAG_FACTS = preparedStatement(
  "warrant_session_tag_facts",
  [...LIVE_SESSION_PARAM_TYPES, "uuid"],
  `with ${liveSessionCtes("$1", "$2")}
   select reader.id::text as "userId", d.id is not null as found, ${tagFactsColumns("reader.id")}
   from live join "User" reader on reader.id = live."userId" left join "Document" d on d.id = $5::uuid`,
);

/**
 * hiddenPeerAuthors, without its query when the facts say the document is no
 * individual assignment's reading (then nobody is hidden): one statement
 * fewer on every list and every 304 of an ordinary document.
 */
export async function hiddenPeersGiven(db: Tx, userId: string, documentId: string, facts: { assigned: boolean }) {
  return facts.assigned ? hiddenPeerAuthors(db, userId, documentId) : [];
}
