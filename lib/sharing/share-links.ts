import type { ShareRole } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { changeDocument } from "@/lib/documents/change-document";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { MAX_LINKS_PER_DOCUMENT } from "@/lib/validation/sharing";
import { isUuid } from "@/lib/validation/uuid";
import { newInviteToken } from "./invite-token";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * A new share link giving `role` on a document to whoever opens it signed
 * in. Returns its id and the path to hand out (`/invites/<token>`): the
 * token is shown this once and stored only as a hash. NotFoundError /
 * ForbiddenError unless `userId` may share the document; InvalidInputError
 * past MAX_LINKS_PER_DOCUMENT working links.
 */
export async function createShareLink(db: Db, userId: string, documentId: string, role: ShareRole) {
  return changeDocument(db, userId, documentId, "share", async (tx, _document, record) => {
    await takeTokens(tx, userId, "share");
    record({ kind: "access" });
    if ((await tx.shareLink.count({ where: { documentId } })) >= MAX_LINKS_PER_DOCUMENT) {
      throw new InvalidInputError(
        "body",
        `A document can have at most ${MAX_LINKS_PER_DOCUMENT} share links; revoke one first`,
      );
    }
    const { token, hash } = newInviteToken();
    const link = await tx.shareLink.create({
      data: { documentId, role, tokenHash: hash, createdById: userId },
      select: { id: true, role: true, createdAt: true },
    });
    return { ...link, createdAt: link.createdAt.toISOString(), uses: 0, path: `/invites/${token}` };
  });
}

/**
 * Revokes a share link: it stops working at once, and everyone who came in
 * through it loses what it gave them on their next request.
 */
export async function revokeShareLink(db: Db, userId: string, documentId: string, linkId: string) {
  return changeDocument(db, userId, documentId, "share", async (tx, _document, record) => {
    record({ kind: "access" });
    const removed = isUuid(linkId) ? await tx.shareLink.deleteMany({ where: { id: linkId, documentId } }) : null;
    if (!removed?.count) throw new NotFoundError("Share link not found");
    return { id: linkId };
  });
}
