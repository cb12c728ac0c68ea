import { canDeleteReply, refusal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { changeAnnotation } from "./change-annotation";

export const REPLY_NOT_FOUND = "Reply not found";

/**
 * The author of a reply deletes it (the reader's undo of replying). It is
 * removed outright: nothing hangs off a reply. Works on a deleted
 * annotation's placeholder too, which goes with its last reply. Throws
 * NotFoundError when the caller cannot see the annotation or the reply is
 * not one of its replies, ForbiddenError when the reply is someone else's
 * or its author may no longer annotate the document.
 */
export async function deleteReply(db: Db, userId: string, annotationId: string, replyId: string) {
  return changeAnnotation(db, userId, annotationId, { need: "see", includeDeleted: true }, async (tx, _, document) => {
    const reply = isUuid(replyId)
      ? await tx.reply.findFirst({ where: { id: replyId, annotationId }, select: { authorId: true } })
      : null;
    if (!reply) throw new NotFoundError(REPLY_NOT_FOUND);
    if (!canDeleteReply(userId, document.role, reply)) {
      throw new ForbiddenError(reply.authorId === userId ? refusal("annotate") : "Only its author can delete a reply");
    }
    await tx.reply.delete({ where: { id: replyId } });
    return { id: replyId };
  });
}
