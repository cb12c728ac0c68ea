import type { Db } from "@/lib/db/client";
import {
  documentRole,
  grantingLinksWhere,
  grantingSharesWhere,
  readableDocumentsWhere,
  type DocumentRole,
} from "@/lib/auth/permissions";

export type DocumentSummary = {
  id: string;
  title: string;
  ownerName: string;
  role: DocumentRole;
  updatedAt: Date;
};

/**
 * The documents `userId` may read, each with their role on it: their own
 * first, then those shared with them (directly, through a group or a link),
 * then those shared with everyone (for a new account, the sample article);
 * newest first within each.
 */
export async function listDocuments(db: Db, userId: string): Promise<DocumentSummary[]> {
  const rows = await db.document.findMany({
    where: readableDocumentsWhere(userId),
    select: {
      id: true,
      title: true,
      ownerId: true,
      visibility: true,
      updatedAt: true,
      owner: { select: { name: true } },
      shares: { where: grantingSharesWhere(userId), select: { role: true } },
      shareLinks: { where: grantingLinksWhere(userId), select: { role: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  const summaries = rows.map((row) => {
    const grants = [...row.shares, ...row.shareLinks].map((grant) => grant.role);
    return {
      id: row.id,
      title: row.title,
      ownerName: row.owner.name,
      role: documentRole(userId, { ...row, grants })!,
      updatedAt: row.updatedAt,
      sharedWithReader: grants.length > 0,
    };
  });
  const rank = (summary: (typeof summaries)[number]) =>
    summary.role === "owner" ? 0 : summary.sharedWithReader ? 1 : 2;
  return summaries.sort((a, b) => rank(a) - rank(b)).map(({ sharedWithReader: _shared, ...summary }) => summary);
}
