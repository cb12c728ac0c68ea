import type { Db } from "@/lib/db/client";
import { visibleMapsWhere } from "@/lib/auth/permissions";
import { readableDocument } from "@/lib/documents/readable-document";
import { hiddenPeerAuthors } from "@/lib/classroom/hidden-peers";
import { mapSummaries } from "./map-summaries";

/**
 * The maps `userId` may see on a document: their own first, then those others
 * share — without classmates' while an assignment hides them (hidden-peers.ts).
 * The reader page reads the same in its one statement (reader-page-document.ts).
 */
export async function listMaps(db: Db, userId: string, documentId: string) {
  const document = await readableDocument(db, userId, documentId);
  const hiddenAuthors = await hiddenPeerAuthors(db, userId, documentId);
  const rows = await db.argumentMap.findMany({
    where: visibleMapsWhere(userId, documentId, hiddenAuthors),
    select: {
      id: true,
      title: true,
      visibility: true,
      groupId: true,
      version: true,
      updatedAt: true,
      ownerId: true,
      owner: { select: { id: true, name: true } },
      group: { select: { id: true, name: true, members: { where: { userId }, select: { id: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return mapSummaries(
    userId,
    document.role,
    rows.map((row) => ({ ...row, inGroup: !!row.group?.members.length })),
  );
}
