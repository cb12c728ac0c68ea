import type { Db } from "@/lib/db/client";
import { checkedAudience } from "@/lib/documents/checked-audience";
import { NotFoundError } from "@/lib/errors";
import type { AnnotationUpdate } from "@/lib/validation/annotation";
import { ANNOTATION_VIEW_SELECT, searchTextOf, toAnnotationView } from "./annotation-view";
import { changeAnnotation } from "./change-annotation";
import { ANNOTATION_NOT_FOUND } from "./visible-annotation";

/**
 * The author changes an annotation's kind, comment, tags or visibility.
 * Throws NotFoundError when `userId` cannot see it, ForbiddenError when they
 * can but are not its author (or may no longer annotate the document), and
 * InvalidInputError for a group they may not address.
 */
export async function updateAnnotation(db: Db, userId: string, id: string, update: AnnotationUpdate) {
  return changeAnnotation(db, userId, id, { need: "edit" }, async (tx, current, document) => {
    const comment = update.comment ?? current.comment;
    const tags = update.tags ?? current.tags;
    const { visibility, groupId, ...fields } = update;
    const audience = visibility ? await checkedAudience(tx, userId, document, { visibility, groupId }) : {};
    // The write itself refuses a deleted annotation, so the change is right in
    // one statement even if something ever reached the row without the document's lock.
    const { count } = await tx.annotation.updateMany({
      where: { id, deletedAt: null },
      data: { ...fields, ...audience, searchText: searchTextOf({ exact: current.exact, comment, tags }) },
    });
    if (count === 0) throw new NotFoundError(ANNOTATION_NOT_FOUND);
    return toAnnotationView(await tx.annotation.findUniqueOrThrow({ where: { id }, select: ANNOTATION_VIEW_SELECT }));
  });
}
