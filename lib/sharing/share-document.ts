import { memberGroupsWhere } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { changeDocument } from "@/lib/documents/change-document";
import { InvalidInputError } from "@/lib/errors";
import { MAX_SHARES_PER_DOCUMENT, type ShareCreate } from "@/lib/validation/sharing";
import { SHARE_VIEW_SELECT, toShareView } from "./share-view";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * Shares a document with a person (by email) or a group of the sharer's,
 * with a role; sharing again with the same person or group changes the
 * role. An email nobody has signed up with makes a pending share that takes
 * effect when someone does — and the answer is the same either way, so it
 * never tells whether an account exists. Returns the share and whether it
 * is new. Throws NotFoundError / ForbiddenError unless `userId` may share the
 * document, InvalidInputError for the owner's email, a group that is not
 * theirs, or a document that already has MAX_SHARES_PER_DOCUMENT shares.
 */
export async function shareDocument(db: Db, userId: string, documentId: string, input: ShareCreate) {
  return changeDocument(db, userId, documentId, "share", async (tx, document, record) => {
    await takeTokens(tx, userId, "share");
    record({ kind: "access" });
    const key =
      "email" in input
        ? { documentId_email: { documentId, email: input.email } }
        : { documentId_groupId: { documentId, groupId: input.groupId } };
    const existing = await tx.documentShare.findUnique({ where: key, select: { id: true } });
    if (existing) {
      const row = await tx.documentShare.update({
        where: { id: existing.id },
        data: { role: input.role },
        select: SHARE_VIEW_SELECT,
      });
      return { share: toShareView(row), created: false };
    }
    if ((await tx.documentShare.count({ where: { documentId } })) >= MAX_SHARES_PER_DOCUMENT) {
      throw new InvalidInputError(
        "body",
        `A document can be shared with at most ${MAX_SHARES_PER_DOCUMENT} people and groups`,
      );
    }
    let target: { email: string; userId: string | null } | { groupId: string };
    if ("email" in input) {
      const account = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (account?.id === document.ownerId) {
        throw new InvalidInputError("email", "email: that is the document's owner, who has every right already");
      }
      target = { email: input.email, userId: account?.id ?? null };
    } else {
      const group = await tx.group.findFirst({
        where: { id: input.groupId, ...memberGroupsWhere(userId) },
        select: { id: true },
      });
      if (!group) throw new InvalidInputError("groupId", "groupId: not a group you belong to");
      target = { groupId: group.id };
    }
    const row = await tx.documentShare.create({
      data: { documentId, role: input.role, createdById: userId, ...target },
      select: SHARE_VIEW_SELECT,
    });
    return { share: toShareView(row), created: true };
  });
}
