import { createHash } from "node:crypto";
import type { DocumentRole } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { DOCUMENT_NOT_FOUND, readableDocument } from "@/lib/documents/readable-document";
import { NotFoundError } from "@/lib/errors";
import type { AnnotationFilter } from "./list-annotations";

// Bump when what the list holds changes shape, so tags cached before a deploy stop matching.
const TAG_FORMAT = 1;

/**
 * What a reader's list of a document's annotations depends on besides their
 * role and the filter: the document's last event number (every change of an
 * annotation, a reply, a share or a link use, and every membership change
 * of a group that reaches the document, goes through the change path and
 * moves it) and the groups the reader belongs to (which decide the
 * group-visible annotations they see, even if a change's announcement was
 * lost).
 */
export async function listTagFacts(db: Tx, userId: string, documentId: string) {
  const [row] = await db.$queryRawUnsafe<{ eventSeq: number; groupIds: string[] }[]>(
    `select d."eventSeq" as "eventSeq",
       array(select m."groupId"::text from "GroupMember" m where m."userId" = $2::uuid order by 1) as "groupIds"
     from "Document" d where d.id = $1::uuid`,
    documentId,
    userId,
  );
  if (!row) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  return row;
}

type TagInput = {
  documentId: string;
  userId: string;
  role: DocumentRole;
  facts: { eventSeq: number; groupIds: string[] };
  filter: AnnotationFilter;
};

/**
 * A weak entity tag (the bytes differ with compression, the list does not)
 * for one reader's list: the same only while nothing it depends on changed.
 */
export function listTag({ documentId, userId, role, facts, filter }: TagInput): string {
  const parts = [TAG_FORMAT, documentId, userId, role, facts.eventSeq, facts.groupIds, filter];
  return `W/"${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 32)}"`;
}

/**
 * The tag the list of `documentId`'s annotations `userId` sees would carry
 * now, in two short queries and without reading an annotation: a reload
 * whose If-None-Match holds it can be answered 304. Throws NotFoundError
 * when they may not read the document (any more).
 */
export async function annotationListTag(db: Tx, userId: string, documentId: string, filter: AnnotationFilter = {}) {
  const document = await readableDocument(db, userId, documentId);
  const facts = await listTagFacts(db, userId, document.id);
  return listTag({ documentId: document.id, userId, role: document.role, facts, filter });
}
