import type { Db } from "@/lib/db/client";
import { readableDocument } from "@/lib/documents/readable-document";
import { visibleMapsWhere } from "@/lib/auth/permissions";

/** The maps `userId` may see on a document: their own first, then those others share. */
export async function listMaps(db: Db, userId: string, documentId: string) {
  await readableDocument(db, userId, documentId);
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
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const maps = rows.map(({ ownerId, updatedAt, ...row }) => ({
    ...row,
    canEdit: ownerId === userId,
    updatedAt: updatedAt.toISOString(),
  }));
  return [...maps.filter((map) => map.canEdit), ...maps.filter((map) => !map.canEdit)];
}
