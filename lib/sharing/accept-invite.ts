import type { Db, Tx } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { NotFoundError } from "@/lib/errors";
import { isInviteToken, tokenHash } from "./invite-token";

const INVITE_NOT_FOUND = "This invite link does not work: it was revoked, or it is mistyped";

/** The document share link or group invite a token opens, or null. */
async function findInvite(db: Tx, token: string) {
  if (!isInviteToken(token)) return null;
  const hash = tokenHash(token);
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hash },
    select: {
      id: true,
      role: true,
      document: { select: { id: true, title: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (link) return { kind: "document" as const, link };
  const group = await db.group.findUnique({ where: { inviteTokenHash: hash }, select: { id: true, name: true } });
  return group ? { kind: "group" as const, group } : null;
}

/**
 * What an invite link offers, for the page that asks whether to accept it:
 * a document (its title, the role, who made the link) or a group to join.
 * Null when the link is revoked or was never ours.
 */
export async function describeInvite(db: Tx, token: string) {
  const invite = await findInvite(db, token);
  if (!invite) return null;
  return invite.kind === "document"
    ? {
        kind: "document" as const,
        documentId: invite.link.document.id,
        title: invite.link.document.title,
        role: invite.link.role,
        sharedBy: invite.link.createdBy.name,
      }
    : { kind: "group" as const, groupId: invite.group.id, name: invite.group.name };
}

/**
 * `userId` accepts an invite link: a share link gives them its role on the
 * document for as long as the link lives; a group invite makes them a
 * member. Accepting twice changes nothing. Throws NotFoundError for a
 * revoked or unknown link.
 */
export async function acceptInvite(db: Db, userId: string, token: string) {
  const invite = await findInvite(db, token);
  if (!invite) throw new NotFoundError(INVITE_NOT_FOUND);
  if (invite.kind === "document") {
    const documentId = invite.link.document.id;
    await withDocumentChange(db, { documentId, actorId: userId }, async (tx, record) => {
      // Revoked in the meantime: the link is gone, and so is the use it would make.
      const link = await tx.shareLink.findUnique({ where: { id: invite.link.id }, select: { id: true } });
      if (!link) throw new NotFoundError(INVITE_NOT_FOUND);
      await tx.shareLinkUse.upsert({
        where: { linkId_userId: { linkId: link.id, userId } },
        create: { linkId: link.id, userId },
        update: {},
      });
      record({ kind: "access" });
    });
    return { kind: "document" as const, documentId };
  }
  const groupId = invite.group.id;
  await db.$transaction(async (tx) => {
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const existing = await tx.groupMember.findFirst({
      where: { groupId, OR: [{ userId }, { email }] },
      select: { id: true },
    });
    if (existing) {
      await tx.groupMember.update({ where: { id: existing.id }, data: { userId, joinedAt: new Date() } });
    } else {
      await tx.groupMember.create({ data: { groupId, userId, email, joinedAt: new Date() } });
    }
  });
  return { kind: "group" as const, groupId };
}
