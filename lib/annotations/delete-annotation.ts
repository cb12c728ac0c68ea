import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { ANNOTATION_VIEW_SELECT, searchTextOf, toAnnotationView } from "./annotation-view";
import { changeAnnotation } from "./change-annotation";
import { ANNOTATION_NOT_FOUND } from "./visible-annotation";

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
    // Only a live annotation is deleted, in one statement: a second delete (or
    // one racing an edit) finds nothing to do rather than rewriting the row.
    const { count } = await tx.annotation.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: new Date(), searchText },
    });
    if (count === 0) throw new NotFoundError(ANNOTATION_NOT_FOUND);
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
