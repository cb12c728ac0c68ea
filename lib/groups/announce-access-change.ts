import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";

/**
 * After a group's members changed, records an access change on every
 * document the group reaches (shared with it, or holding annotations or maps
 * visible to it), each through its document's change path, so that live
 * streams check their readers again: a removed member's stream closes at once.
 */
export async function announceAccessChange(db: Db, actorId: string, groupId: string) {
  const reached = await db.document.findMany({
    where: {
      OR: [{ shares: { some: { groupId } } }, { annotations: { some: { groupId } } }, { maps: { some: { groupId } } }],
    },
    select: { id: true },
    take: 10_000,
  });
  for (const { id: documentId } of reached) {
    await withDocumentChange(db, { documentId, actorId }, async (_tx, record) => record({ kind: "access" }));
  }
}
