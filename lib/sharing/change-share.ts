import type { Db, Tx } from "@/lib/db/client";
import { changeDocument } from "@/lib/documents/change-document";
import { NotFoundError } from "@/lib/errors";
import type { ShareRole } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { SHARE_VIEW_SELECT, toShareView } from "./share-view";

/** The share `shareId` of `documentId`, or NotFoundError. */
async function shareOf(tx: Tx, documentId: string, shareId: string) {
  const share = isUuid(shareId)
    ? await tx.documentShare.findFirst({ where: { id: shareId, documentId }, select: { id: true } })
    : null;
  if (!share) throw new NotFoundError("Share not found");
  return share;
}

/** Gives a share another role. NotFoundError / ForbiddenError unless `userId` may share the document. */
export async function updateShare(db: Db, userId: string, documentId: string, shareId: string, role: ShareRole) {
  return changeDocument(db, userId, documentId, "share", async (tx, _document, record) => {
    record({ kind: "access" });
    await shareOf(tx, documentId, shareId);
    return toShareView(
      await tx.documentShare.update({ where: { id: shareId }, data: { role }, select: SHARE_VIEW_SELECT }),
    );
  });
}

/**
 * Ends a share. The person or group loses the access it gave on their very
 * next request (each request checks the shares as they stand). Their
 * annotations stay. NotFoundError / ForbiddenError as updateShare.
 */
export async function removeShare(db: Db, userId: string, documentId: string, shareId: string) {
  return changeDocument(db, userId, documentId, "share", async (tx, _document, record) => {
    record({ kind: "access" });
    await shareOf(tx, documentId, shareId);
    await tx.documentShare.delete({ where: { id: shareId } });
    return { id: shareId };
  });
}
