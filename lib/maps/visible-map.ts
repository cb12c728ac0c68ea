import type { Db } from "@/lib/db/client";
import { canEditMap, canSeeMap } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { MAP_VIEW_SELECT } from "./map-view";

/**
 * A map `userId` may see (theirs, or shared on a document they can read).
 * Throws NotFoundError otherwise — someone else's private map looks missing —
 * and, with `mustEdit`, ForbiddenError unless `userId` owns it.
 */
export async function visibleMap(db: Db, userId: string, id: string, options: { mustEdit?: boolean } = {}) {
  const map = isUuid(id)
    ? await db.argumentMap.findUnique({
        where: { id },
        select: { ...MAP_VIEW_SELECT, document: { select: { ownerId: true, visibility: true, title: true } } },
      })
    : null;
  if (!map || !canSeeMap(userId, map, map.document)) throw new NotFoundError("Map not found");
  if (options.mustEdit && !canEditMap(userId, map)) throw new ForbiddenError("Only the map's owner can change it");
  return map;
}
