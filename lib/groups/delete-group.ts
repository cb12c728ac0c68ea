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
    await withDocumentChange(db, { documentId, actorId: userId }, async (tx, record) => {
      await tx.documentShare.deleteMany({ where: { documentId, groupId } });
      const members = { authorId: userId, visibility: "group" as const, groupId };
      await tx.annotation.updateMany({
        where: { documentId, groupId },
        data: { visibility: "private", groupId: null },
      });
      const maps = await tx.argumentMap.findMany({
        where: { documentId, groupId },
        select: { id: true, ownerId: true },
      });
      await tx.argumentMap.updateMany({
        where: { documentId, groupId },
        data: { visibility: "private", groupId: null },
      });
      record({ kind: "access" });
      record({ kind: "annotations", audiences: [members] });
      for (const map of maps) {
        const owner = map.ownerId;
        const audiences = [
          { ...members, authorId: owner },
          { authorId: owner, visibility: "private" as const, groupId: null },
        ];
        record({ kind: "map", id: map.id, audiences });
      }
    });
  }
  await db.$transaction(async (tx) => {
    await groupFor(tx, userId, groupId, "manage");
    await tx.group.delete({ where: { id: groupId } });
  });
  return { id: groupId, documents: touched.length };
}
