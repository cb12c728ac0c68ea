import type { Db } from "@/lib/db/client";
import type { AnnotationUpdate } from "@/lib/validation/annotation";
import { ANNOTATION_VIEW_SELECT, searchTextOf, toAnnotationView } from "./annotation-view";
import { visibleAnnotation } from "./visible-annotation";

/**
 * The author changes an annotation's kind, comment, tags or visibility.
 * Throws NotFoundError when `userId` cannot see it, ForbiddenError when they
 * can but are not the author.
 */
export async function updateAnnotation(db: Db, userId: string, id: string, update: AnnotationUpdate) {
  const current = await visibleAnnotation(db, userId, id, { mustEdit: true });
  const comment = update.comment ?? current.comment;
  const tags = update.tags ?? current.tags;
  const row = await db.annotation.update({
    where: { id },
    data: { ...update, searchText: searchTextOf({ exact: current.exact, comment, tags }) },
    select: ANNOTATION_VIEW_SELECT,
  });
  return toAnnotationView(row);
}
