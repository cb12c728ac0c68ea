import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";

/**
 * Records that `userId` has opened a document shared with them by email,
 * so the share list shows their name instead of "invited". Does nothing
 * (and writes nothing) once recorded, or when no such share exists.
 */
export async function markShareOpened(db: Db, userId: string, documentId: string) {
  const unopened = await db.documentShare.findFirst({
    where: { documentId, userId, openedAt: null },
    select: { id: true },
  });
  if (!unopened) return;
  await withDocumentChange(db, { documentId, actorId: userId }, (tx, record) => {
    // The share list of the owner and editors changes: "invited" becomes a name.
    record({ kind: "access" });
    return tx.documentShare.updateMany({ where: { id: unopened.id, openedAt: null }, data: { openedAt: new Date() } });
  });
}
