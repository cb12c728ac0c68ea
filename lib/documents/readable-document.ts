import type { Db } from "@/lib/db/client";
import { canReadDocument } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

const ACCESS = { id: true, title: true, ownerId: true, visibility: true } as const;

function readable<T extends Parameters<typeof canReadDocument>[1]>(userId: string, document: T | null): T {
  if (!document || !canReadDocument(userId, document)) throw new NotFoundError("Document not found");
  return document;
}

/**
 * The id, title and access fields of a document `userId` may read. Throws
 * NotFoundError when it is missing or private to someone else.
 */
export async function readableDocument(db: Db, userId: string, documentId: string) {
  const where = { id: documentId };
  return readable(userId, isUuid(documentId) ? await db.document.findUnique({ where, select: ACCESS }) : null);
}

/**
 * readableDocument with the document's plain text, for placing quotes in it
 * (a long document's text is a megabyte: read it only where it is needed).
 */
export async function readableDocumentText(db: Db, userId: string, documentId: string) {
  const where = { id: documentId };
  const select = { ...ACCESS, plainText: true } as const;
  return readable(userId, isUuid(documentId) ? await db.document.findUnique({ where, select }) : null);
}
