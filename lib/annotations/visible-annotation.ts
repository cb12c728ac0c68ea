import { canEditOwn, canHide, canReply, canSee, refusal } from "@/lib/auth/permissions";
import { hiddenPeerAuthors } from "@/lib/classroom/hidden-peers";
import type { Tx } from "@/lib/db/client";
import type { AccessibleDocument } from "@/lib/documents/change-document";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/** What a caller means to do with an annotation: look at it, reply to it, change it as its author, or hide it as a moderator. */
export type AnnotationNeed = "see" | "reply" | "edit" | "moderate";

export const ANNOTATION_NOT_FOUND = "Annotation not found";

/**
 * An annotation on `document` that `userId` may see. Throws NotFoundError
 * otherwise — someone else's private annotation looks exactly like a missing
 * one — and ForbiddenError when they see it but `need` asks for more: a
 * reply needs the right to annotate the document, a change needs its author
 * with that right. Deleted annotations count as missing unless
 * `includeDeleted` is set.
 */
export async function visibleAnnotation(
  tx: Tx,
  userId: string,
  document: Pick<AccessibleDocument, "id" | "role">,
  id: string,
  options: { need: AnnotationNeed; includeDeleted?: boolean },
) {
  const annotation = isUuid(id)
    ? await tx.annotation.findFirst({
        where: { id, documentId: document.id },
        select: {
          id: true,
          authorId: true,
          visibility: true,
          groupId: true,
          exact: true,
          comment: true,
          tags: true,
          deletedAt: true,
          hiddenAt: true,
          group: { select: { members: { where: { userId }, select: { id: true } } } },
        },
      })
    : null;
  const inGroup = !!annotation?.group?.members.length;
  const audience = annotation && { ...annotation, hidden: annotation.hiddenAt !== null };
  if (!annotation || !audience || !canSee(userId, document.role, audience, inGroup)) {
    throw new NotFoundError(ANNOTATION_NOT_FOUND);
  }
  // A classmate's, while an assignment hides classmates from this student: as missing as any other unseen one.
  if (
    annotation.authorId !== userId &&
    (await hiddenPeerAuthors(tx, userId, document.id)).includes(annotation.authorId)
  ) {
    throw new NotFoundError(ANNOTATION_NOT_FOUND);
  }
  if (annotation.deletedAt && !options.includeDeleted) throw new NotFoundError(ANNOTATION_NOT_FOUND);
  if (options.need === "reply" && !canReply(userId, document.role, audience, inGroup)) {
    throw new ForbiddenError(refusal("annotate"));
  }
  if (options.need === "edit" && !canEditOwn(userId, document.role, annotation)) {
    throw new ForbiddenError(
      annotation.authorId === userId ? refusal("annotate") : "Only the author can change this annotation",
    );
  }
  if (options.need === "moderate" && !canHide(userId, document.role, audience, inGroup)) {
    throw new ForbiddenError("Only the document's owner and editors can hide annotations from others");
  }
  return audience;
}
