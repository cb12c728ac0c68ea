import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";

/**
 * Gives a new account what was shared with its email before it existed:
 * pending document shares (each through its document's change path),
 * pending group memberships and places on course rosters.
 */
export async function claimInvitations(db: Db, user: { id: string; email: string }) {
  const pending = await db.documentShare.findMany({
    where: { email: user.email, userId: null },
    select: { id: true, documentId: true },
  });
  for (const share of pending) {
    await withDocumentChange(db, { documentId: share.documentId, actorId: user.id }, (tx, record) => {
      record({ kind: "access" });
      return tx.documentShare.updateMany({ where: { id: share.id, userId: null }, data: { userId: user.id } });
    });
  }
  await db.groupMember.updateMany({ where: { email: user.email, userId: null }, data: { userId: user.id } });
  // Course places held by email (lib/classroom/put-on-roster.ts); their groups' places were claimed just above.
  await db.courseMember.updateMany({ where: { email: user.email, userId: null }, data: { userId: user.id } });
}
