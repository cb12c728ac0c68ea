import type { Tx } from "@/lib/db/client";
import { readableDocument } from "@/lib/documents/readable-document";
import { SHARE_VIEW_SELECT, toShareView } from "./share-view";

/**
 * Who a document is shared with, for someone who may share it (owner or
 * editor): its owner, people and groups with their roles, and the share
 * links still working. NotFoundError / ForbiddenError otherwise.
 */
export async function listShares(db: Tx, userId: string, documentId: string) {
  const document = await readableDocument(db, userId, documentId, "share");
  const [owner, shares, links] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: document.ownerId }, select: { name: true } }),
    db.documentShare.findMany({
      where: { documentId: document.id },
      select: SHARE_VIEW_SELECT,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.shareLink.findMany({
      where: { documentId: document.id },
      select: { id: true, role: true, createdAt: true, _count: { select: { uses: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    owner: { name: owner.name },
    shares: shares.map(toShareView),
    links: links.map(({ _count, createdAt, ...link }) => ({
      ...link,
      createdAt: createdAt.toISOString(),
      uses: _count.uses,
    })),
  };
}

export type ShareList = Awaited<ReturnType<typeof listShares>>;
