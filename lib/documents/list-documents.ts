import type { Db } from "@/lib/db/client";
import { readableDocumentsWhere } from "@/lib/auth/permissions";

export type DocumentSummary = {
  id: string;
  title: string;
  ownerName: string;
  isOwn: boolean;
  updatedAt: Date;
};

/**
 * The documents `userId` may read: their own first, newest first, then those
 * shared with everyone (for a new account, that is the sample article).
 */
export async function listDocuments(db: Db, userId: string): Promise<DocumentSummary[]> {
  const rows = await db.document.findMany({
    where: readableDocumentsWhere(userId),
    select: {
      id: true,
      title: true,
      ownerId: true,
      updatedAt: true,
      createdAt: true,
      owner: { select: { name: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  const summaries = rows.map((row) => ({
    id: row.id,
    title: row.title,
    ownerName: row.owner.name,
    isOwn: row.ownerId === userId,
    updatedAt: row.updatedAt,
  }));
  return [...summaries.filter((doc) => doc.isOwn), ...summaries.filter((doc) => !doc.isOwn)];
}
