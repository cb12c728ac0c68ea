import type { Db } from "@/lib/db/client";
import type { ReplyCreate, ReplyView } from "@/lib/validation/annotation";
import { visibleAnnotation } from "./visible-annotation";

/**
 * Replies to an annotation `userId` can see. Throws NotFoundError when they
 * cannot see it (or it was deleted).
 */
export async function addReply(db: Db, userId: string, annotationId: string, input: ReplyCreate): Promise<ReplyView> {
  await visibleAnnotation(db, userId, annotationId);
  const reply = await db.reply.create({
    data: { annotationId, authorId: userId, body: input.body },
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
  });
  return { ...reply, createdAt: reply.createdAt.toISOString() };
}
