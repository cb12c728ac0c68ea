import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { groupFor } from "./group-access";

/**
 * An owner deletes a group. Its shares go with it, and annotations and maps
 * that were visible to it become visible to their authors only — each
 * document's part through that document's change path. NotFoundError /
 * ForbiddenError unless `userId` owns the group.
 */
export async function deleteGroup(db: Db, userId: string, groupId: string) {
  await groupFor(db, userId, groupId, "manage");
  const touched = await db.document.findMany({
    where: {
      OR: [{ shares: { some: { groupId } } }, { annotations: { some: { groupId } } }, { maps: { some: { groupId } } }],
    },
    select: { id: true },
  });
  for (const { id: documentId } of touched) {
    await withDocumentChange(db, documentId, async (tx) => {
      await tx.documentShare.deleteMany({ where: { documentId, groupId } });
      await tx.annotation.updateMany({
        where: { documentId, groupId },
        data: { visibility: "private", groupId: null },
      });
      await tx.argumentMap.updateMany({
        where: { documentId, groupId },
        data: { visibility: "private", groupId: null },
      });
    });
  }
  await db.$transaction(async (tx) => {
    await groupFor(tx, userId, groupId, "manage");
    await tx.group.delete({ where: { id: groupId } });
  });
  return { id: groupId, documents: touched.length };
}
