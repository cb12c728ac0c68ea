import type { Db } from "@/lib/db/client";
import { ANNOTATION_VIEW_SELECT, searchTextOf, toAnnotationView } from "./annotation-view";
import { changeAnnotation } from "./change-annotation";

/**
 * The author deletes an annotation. It is marked deleted rather than removed:
 * while it has replies it stays as a "deleted" placeholder that keeps the
 * thread, and the author can restore it (undo). Throws NotFoundError /
 * ForbiddenError like updateAnnotation.
 */
export async function deleteAnnotation(db: Db, userId: string, id: string) {
  return changeAnnotation(db, userId, id, { need: "edit" }, async (tx, current) => {
    // A placeholder shows no comment or tags, so search must not find it by them either.
    const searchText = searchTextOf({ exact: current.exact, comment: "", tags: [] });
    await tx.annotation.update({ where: { id }, data: { deletedAt: new Date(), searchText } });
    const replies = await tx.reply.count({ where: { annotationId: id } });
    return { id, placeholder: replies > 0 };
  });
}

/** Undoes deleteAnnotation for its author; returns the annotation as it was. */
export async function restoreAnnotation(db: Db, userId: string, id: string) {
  return changeAnnotation(db, userId, id, { need: "edit", includeDeleted: true }, async (tx, current) => {
    const row = await tx.annotation.update({
      where: { id },
      data: { deletedAt: null, searchText: searchTextOf(current) },
      select: ANNOTATION_VIEW_SELECT,
    });
    return toAnnotationView(row);
  });
}
