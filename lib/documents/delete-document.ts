import type { Db } from "@/lib/db/client";
import { changeDocument } from "./change-document";

/**
 * The owner deletes a document with everything on it: annotations, replies,
 * maps, shares and links. Throws NotFoundError for readers who cannot see
 * it and ForbiddenError for everyone else but its owner.
 */
export async function deleteDocument(db: Db, userId: string, id: string) {
  return changeDocument(db, userId, id, "delete", async (tx, _document, record) => {
    record({ kind: "access" });
    await tx.document.delete({ where: { id } });
    return { id };
  });
}
