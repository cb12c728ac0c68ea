import type { Db } from "@/lib/db/client";
import type { ReplyCreate, ReplyView } from "@/lib/validation/annotation";
import { changeAnnotation } from "./change-annotation";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * Replies to an annotation `userId` can see, on a document they may
 * annotate. Throws NotFoundError when they cannot see it (or it was
 * deleted), ForbiddenError when they may only read the document.
 */
export async function addReply(db: Db, userId: string, annotationId: string, input: ReplyCreate): Promise<ReplyView> {
  return changeAnnotation(db, userId, annotationId, { need: "reply" }, async (tx) => {
    await takeTokens(tx, userId, "reply");
    const reply = await tx.reply.create({
      data: { annotationId, authorId: userId, body: input.body },
      select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
    });
    return { ...reply, createdAt: reply.createdAt.toISOString() };
  });
}
