import type { Db } from "@/lib/db/client";
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from "./annotation-view";
import { changeAnnotation } from "./change-annotation";

/**
 * The document's owner or an editor hides an annotation from everyone else
 * (`hidden` true) or shows it again. Its author and the moderators still see
 * it, marked hidden; nothing else about it changes. Goes through the change
 * path, so live readers who saw it are told it is gone. Throws NotFoundError
 * when `userId` cannot see it, ForbiddenError when they do not moderate the
 * document (see canHide in lib/auth/permissions.ts).
 */
export async function setAnnotationHidden(db: Db, userId: string, id: string, hidden: boolean) {
  return changeAnnotation(db, userId, id, { need: "moderate" }, async (tx) => {
    const row = await tx.annotation.update({
      where: { id },
      data: { hiddenAt: hidden ? new Date() : null },
      select: ANNOTATION_VIEW_SELECT,
    });
    return toAnnotationView(row);
  });
}
