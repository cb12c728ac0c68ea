import type { Db, Tx } from "@/lib/db/client";
import { changeDocument, type AccessibleDocument } from "@/lib/documents/change-document";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { ANNOTATION_NOT_FOUND, visibleAnnotation, type AnnotationNeed } from "./visible-annotation";

type Annotation = Awaited<ReturnType<typeof visibleAnnotation>>;

/**
 * Runs `change` on one annotation through its document's change path, once
 * visibleAnnotation (inside the transaction) has found that `userId` may do
 * what `need` says. Throws NotFoundError / ForbiddenError as it does;
 * nothing is written then.
 */
export async function changeAnnotation<T>(
  db: Db,
  userId: string,
  id: string,
  options: { need: AnnotationNeed; includeDeleted?: boolean },
  change: (tx: Tx, annotation: Annotation, document: AccessibleDocument) => Promise<T>,
): Promise<T> {
  const located = isUuid(id) ? await db.annotation.findUnique({ where: { id }, select: { documentId: true } }) : null;
  if (!located) throw new NotFoundError(ANNOTATION_NOT_FOUND);
  return changeDocument(db, userId, located.documentId, "read", async (tx, document) =>
    change(tx, await visibleAnnotation(tx, userId, document, id, options), document),
  );
}
