import type { Db } from "@/lib/db/client";
import { canEditMapGraph, canManageMap, visibleMapsWhere, type DocumentRole } from "@/lib/auth/permissions";
import { hiddenPeersGiven } from "@/lib/annotations/annotation-list-tag";
import { readableDocument } from "@/lib/documents/readable-document";
import { hiddenPeerAuthors } from "@/lib/classroom/hidden-peers";

/**
 * `userId`'s role on the document and whether it is an individual
 * assignment's reading, when the caller has read them already (the reader
 * page's one statement, reader-page-document.ts): then the maps are one
 * statement, not three.
 */
type KnownAccess = { role: DocumentRole; assigned: boolean };

/**
 * The maps `userId` may see on a document: their own first, then those others
 * share — without classmates' while an assignment hides them (hidden-peers.ts).
 */
export async function listMaps(db: Db, userId: string, documentId: string, known?: KnownAccess) {
  const document = known ?? (await readableDocument(db, userId, documentId));
  const hiddenAuthors = known
    ? await hiddenPeersGiven(db, userId, documentId, known)
    : await hiddenPeerAuthors(db, userId, documentId);
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
  const maps = rows.map(({ ownerId, updatedAt, groupId, group, ...row }) => {
    const audience = { authorId: ownerId, visibility: row.visibility, groupId };
    return {
      ...row,
      group: group && { id: group.id, name: group.name },
      isOwn: ownerId === userId,
      canEdit: canEditMapGraph(userId, document.role, audience, !!group?.members.length),
      canManage: canManageMap(userId, document.role, audience),
      updatedAt: updatedAt.toISOString(),
    };
  });
  return [...maps.filter((map) => map.isOwn), ...maps.filter((map) => !map.isOwn)];
}

export type MapSummary = Awaited<ReturnType<typeof listMaps>>[number];
