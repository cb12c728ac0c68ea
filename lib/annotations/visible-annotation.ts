import type { Db } from "@/lib/db/client";
import { canEditAnnotation, canSeeAnnotation } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/**
 * An annotation `userId` may see (on a document they may read). Throws
 * NotFoundError otherwise — a private annotation of someone else looks
 * exactly like a missing one. With `mustEdit`, also throws ForbiddenError
 * unless `userId` is the author. Deleted annotations count as missing unless
 * `includeDeleted` is set.
 */
export async function visibleAnnotation(
  db: Db,
  userId: string,
  id: string,
  options: { mustEdit?: boolean; includeDeleted?: boolean } = {},
) {
  const annotation = isUuid(id)
    ? await db.annotation.findUnique({
        where: { id },
        select: {
          id: true,
          authorId: true,
          visibility: true,
          exact: true,
          comment: true,
          tags: true,
          deletedAt: true,
          document: { select: { ownerId: true, visibility: true } },
        },
      })
    : null;
  if (!annotation || !canSeeAnnotation(userId, annotation, annotation.document)) {
    throw new NotFoundError("Annotation not found");
  }
  if (annotation.deletedAt && !options.includeDeleted) throw new NotFoundError("Annotation not found");
  if (options.mustEdit && !canEditAnnotation(userId, annotation)) {
    throw new ForbiddenError("Only the author can change this annotation");
  }
  return annotation;
}
