import type { Db } from "@/lib/db/client";
import { canEditDocument, canReadDocument } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/**
 * A document `userId` may read, with whether they may edit it. Throws
 * NotFoundError when it does not exist or is someone else's private
 * document: the two must look the same to the caller.
 */
export async function getDocument(db: Db, userId: string, id: string) {
  const document = isUuid(id)
    ? await db.document.findUnique({
        where: { id },
        select: {
          id: true,
          title: true,
          content: true,
          plainText: true,
          ownerId: true,
          visibility: true,
          version: true,
          updatedAt: true,
          owner: { select: { name: true } },
        },
      })
    : null;
  if (!document || !canReadDocument(userId, document)) throw new NotFoundError("Document not found");
  return { ...document, canEdit: canEditDocument(userId, document) };
}
