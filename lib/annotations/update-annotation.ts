import type { Db } from "@/lib/db/client";
import { checkedAudience } from "@/lib/documents/checked-audience";
import type { AnnotationUpdate } from "@/lib/validation/annotation";
import { ANNOTATION_VIEW_SELECT, searchTextOf, toAnnotationView } from "./annotation-view";
import { changeAnnotation } from "./change-annotation";

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
    const row = await tx.annotation.update({
      where: { id },
      data: { ...fields, ...audience, searchText: searchTextOf({ exact: current.exact, comment, tags }) },
      select: ANNOTATION_VIEW_SELECT,
    });
    return toAnnotationView(row);
  });
}
