import type { Tx } from "@/lib/db/client";
import {
  can,
  documentRole,
  grantingLinksWhere,
  grantingSharesWhere,
  refusal,
  type DocumentAction,
  type DocumentRole,
} from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/** One message for a missing document and one the caller may not read: the two must look the same. */
export const DOCUMENT_NOT_FOUND = "This document does not exist or is not shared with you";

const ACCESS = { id: true, title: true, ownerId: true, visibility: true, version: true } as const;

function accessSelect(userId: string) {
  return {
    ...ACCESS,
    shares: { where: grantingSharesWhere(userId), select: { role: true } },
    shareLinks: { where: grantingLinksWhere(userId), select: { role: true } },
  } as const;
}

type AccessRow = {
  id: string;
  title: string;
  ownerId: string;
  visibility: "PRIVATE" | "EVERYONE";
  version: number;
  shares: { role: "viewer" | "commenter" | "editor" }[];
  shareLinks: { role: "viewer" | "commenter" | "editor" }[];
};

/** The row without its grants, with the role they make; throws unless the role allows `action`. */
function allowed<T extends AccessRow>(userId: string, row: T | null, action: DocumentAction) {
  const role = row
    ? documentRole(userId, { ...row, grants: [...row.shares, ...row.shareLinks].map((grant) => grant.role) })
    : null;
  if (!row || !can(role, "read")) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  if (!can(role, action)) throw new ForbiddenError(refusal(action));
  const { shares: _shares, shareLinks: _links, ...document } = row;
  return { ...document, role: role as DocumentRole };
}

/**
 * The id, title, owner, visibility and text version of a document, with `userId`'s role on
 * it. Throws NotFoundError when it is missing or `userId` may not read it,
 * and ForbiddenError when they may read it but not do `action`.
 */
export async function readableDocument(db: Tx, userId: string, documentId: string, action: DocumentAction = "read") {
  const row = isUuid(documentId)
    ? await db.document.findUnique({ where: { id: documentId }, select: accessSelect(userId) })
    : null;
  return allowed(userId, row, action);
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
  const row = isUuid(documentId)
    ? await db.document.findUnique({
        where: { id: documentId },
        select: { ...accessSelect(userId), plainText: true },
      })
    : null;
  return allowed(userId, row, action);
}
