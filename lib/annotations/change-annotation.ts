import type { Db, Tx } from "@/lib/db/client";
import { changeDocument, type AccessibleDocument } from "@/lib/documents/change-document";
import { NotFoundError } from "@/lib/errors";
import type { Audience } from "@/lib/realtime/change-event";
import { isUuid } from "@/lib/validation/uuid";
import { ANNOTATION_NOT_FOUND, visibleAnnotation, type AnnotationNeed } from "./visible-annotation";

type Annotation = Awaited<ReturnType<typeof visibleAnnotation>>;

/** The audience fields alone: events record who sees an item, never what it says. */
function audienceOf(row: {
  authorId: string;
  visibility: Audience["visibility"];
  groupId: string | null;
  hiddenAt: Date | null;
}): Audience {
  return { authorId: row.authorId, visibility: row.visibility, groupId: row.groupId, hidden: row.hiddenAt !== null };
}

/** Who sees an annotation now, or null once it is gone. */
async function audienceNow(tx: Tx, id: string): Promise<Audience | null> {
  const row = await tx.annotation.findUnique({
    where: { id },
    select: { authorId: true, visibility: true, groupId: true, hiddenAt: true },
  });
  return row && audienceOf(row);
}

/**
 * Runs `change` on one annotation through its document's change path, once
 * visibleAnnotation (inside the transaction) has found that `userId` may do
 * what `need` says, and records the change with who saw the annotation
 * before and who sees it after. Throws NotFoundError / ForbiddenError as
 * visibleAnnotation does; nothing is written then.
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
  return changeDocument(db, userId, located.documentId, "read", async (tx, document, record) => {
    const annotation = await visibleAnnotation(tx, userId, document, id, options);
    const result = await change(tx, annotation, document);
    const after = await audienceNow(tx, id);
    const before = audienceOf(annotation);
    record({ kind: "annotation", id, audiences: after ? [before, after] : [before] });
    return result;
  });
}
