import type { Db } from "@/lib/db/client";
import { visibleAnnotationsWhere } from "@/lib/auth/permissions";
import { reanchorAnnotations } from "@/lib/annotations/reanchor-annotations";
import { documentFromJSON } from "@/lib/editor/document-from-json";
import { toPlainText } from "@/lib/editor/plain-text";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { DocumentContentUpdate } from "@/lib/validation/document";
import { changeDocument } from "./change-document";

/**
 * Saves an edit of a document's text by its owner or an editor. The update
 * names the version it was made from; if someone saved since, throws
 * ConflictError carrying the current version instead of overwriting it.
 * Throws InvalidInputError when the content does not fit the editor schema,
 * NotFoundError / ForbiddenError when the caller may not read / edit it.
 * Every annotation on it is re-anchored to the new text in the same change.
 */
export async function updateDocumentContent(db: Db, userId: string, id: string, update: DocumentContentUpdate) {
  const doc = documentFromJSON(update.content);
  if (!doc) throw new InvalidInputError("content", "The content is not a valid Warrant document");
  return changeDocument(db, userId, id, "editText", async (tx, current, record) => {
    record({ kind: "text" });
    if (current.version !== update.version) {
      throw new ConflictError("Someone saved this document after you opened it", { version: current.version });
    }
    const title = update.title ?? doc.firstChild?.textContent ?? "";
    const plainText = toPlainText(doc);
    await tx.document.update({
      where: { id },
      data: { content: doc.toJSON(), plainText, title: title.trim() || "Untitled", version: { increment: 1 } },
    });
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
