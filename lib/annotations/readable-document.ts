import type { Db } from "@/lib/db/client";
import { canReadDocument } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The access fields and text of a document `userId` may read. Throws
 * NotFoundError when it is missing or private to someone else.
 */
export async function readableDocument(db: Db, userId: string, documentId: string) {
  const document = isUuid(documentId)
    ? await db.document.findUnique({
        where: { id: documentId },
        select: { id: true, title: true, ownerId: true, visibility: true, plainText: true },
      })
    : null;
  if (!document || !canReadDocument(userId, document)) throw new NotFoundError("Document not found");
  return document;
}
