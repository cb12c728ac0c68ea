import type { Db } from "@/lib/db/client";
import { canEditDocument, canReadDocument } from "@/lib/auth/permissions";
import { documentFromJSON } from "@/lib/editor/document-from-json";
import { toPlainText } from "@/lib/editor/plain-text";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { DocumentContentUpdate } from "@/lib/validation/document";

/**
 * Saves the owner's edit of a document's text. The update names the version
 * it was made from; if someone saved since, throws ConflictError carrying the
 * current version instead of overwriting it. Throws InvalidInputError when the
 * content does not fit the editor schema, NotFoundError / ForbiddenError when
 * the caller may not read / edit it.
 */
export async function updateDocumentContent(db: Db, userId: string, id: string, update: DocumentContentUpdate) {
  const doc = documentFromJSON(update.content);
  if (!doc) throw new InvalidInputError("content", "The content is not a valid Warrant document");
  return db.$transaction(async (tx) => {
    const current = await tx.document.findUnique({
      where: { id },
      select: { ownerId: true, visibility: true, version: true },
    });
    if (!current || !canReadDocument(userId, current)) throw new NotFoundError("Document not found");
    if (!canEditDocument(userId, current)) throw new ForbiddenError("Only the owner can edit this document");
    const title = update.title ?? doc.firstChild?.textContent ?? "";
    const saved = await tx.document.updateMany({
      where: { id, version: update.version },
      data: {
        content: doc.toJSON(),
        plainText: toPlainText(doc),
        title: title.trim() || "Untitled",
        version: { increment: 1 },
      },
    });
    if (saved.count === 0) {
      throw new ConflictError("Someone saved this document after you opened it", { version: current.version });
    }
    return { id, version: update.version + 1 };
  });
}
