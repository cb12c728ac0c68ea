import type { Db } from "@/lib/db/client";
import { canEditOwn, visibleMapsWhere } from "@/lib/auth/permissions";
import { readableDocument } from "@/lib/documents/readable-document";

/** The maps `userId` may see on a document: their own first, then those others share. */
export async function listMaps(db: Db, userId: string, documentId: string) {
  const document = await readableDocument(db, userId, documentId);
  const rows = await db.argumentMap.findMany({
    where: visibleMapsWhere(userId, documentId),
    select: {
      id: true,
      title: true,
      visibility: true,
      version: true,
      updatedAt: true,
      ownerId: true,
      owner: { select: { id: true, name: true } },
      group: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const maps = rows.map(({ ownerId, updatedAt, ...row }) => ({
    ...row,
    isOwn: ownerId === userId,
    canEdit: canEditOwn(userId, document.role, { authorId: ownerId }),
    updatedAt: updatedAt.toISOString(),
  }));
  return [...maps.filter((map) => map.isOwn), ...maps.filter((map) => !map.isOwn)];
}

export type MapSummary = Awaited<ReturnType<typeof listMaps>>[number];
