import type { Db } from "@/lib/db/client";
import { canEditDocument, canReadDocument, visibleAnnotationsWhere } from "@/lib/auth/permissions";
import { reanchorAnnotations } from "@/lib/annotations/reanchor-annotations";
import { documentFromJSON } from "@/lib/editor/document-from-json";
import { toPlainText } from "@/lib/editor/plain-text";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { DocumentContentUpdate } from "@/lib/validation/document";

/**
 * Saves the owner's edit of a document's text. The update names the version
 * it was made from; if someone saved since, throws ConflictError carrying the
 * current version instead of overwriting it. Throws InvalidInputError when the
 * content does not fit the editor schema, NotFoundError / ForbiddenError when
 * the caller may not read / edit it. Every annotation on it is re-anchored
 * to the new text in the same transaction.
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
    const plainText = toPlainText(doc);
    const saved = await tx.document.updateMany({
      where: { id, version: update.version },
      data: { content: doc.toJSON(), plainText, title: title.trim() || "Untitled", version: { increment: 1 } },
    });
    if (saved.count === 0) {
      throw new ConflictError("Someone saved this document after you opened it", { version: current.version });
    }
    // Positions the editor mapped are trusted only for annotations the editor may see.
    const claimed = update.annotations ?? [];
    const visible = await tx.annotation.findMany({
      where: { ...visibleAnnotationsWhere(userId, id), id: { in: claimed.map((entry) => entry.id) } },
      select: { id: true },
    });
    const allowed = new Set(visible.map((row) => row.id));
    const mapped = new Map(claimed.filter((entry) => allowed.has(entry.id)).map((entry) => [entry.id, entry.target]));
    const annotations = await reanchorAnnotations(tx, id, plainText, mapped);
    return { id, version: update.version + 1, annotations };
  });
}
