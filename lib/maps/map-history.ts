import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { MapGraph } from "@/lib/validation/argument-map";
import { saveOpenMap } from "./save-map";
import { changeMap, visibleMap } from "./visible-map";

/** A map's saved versions, newest first, for anyone who may see the map. */
export async function listMapVersions(db: Db, userId: string, mapId: string) {
  await visibleMap(db, userId, mapId);
  const rows = await db.mapVersion.findMany({
    where: { mapId },
    select: {
      version: true,
      title: true,
      createdAt: true,
      restoredFrom: true,
      author: { select: { id: true, name: true } },
    },
    orderBy: { version: "desc" },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/**
 * Restores an earlier version by saving it again as the newest one, so
 * nothing is lost. `currentVersion` guards against a stale restore like any
 * save (ConflictError). Throws ForbiddenError unless `userId` may change the
 * map, then NotFoundError for an unknown version.
 */
export async function restoreMapVersion(
  db: Db,
  userId: string,
  mapId: string,
  version: number,
  currentVersion: number,
) {
  return changeMap(db, userId, mapId, "manage", async (tx, current) => {
    const old = await tx.mapVersion.findUnique({
      where: { mapId_version: { mapId, version } },
      select: { title: true, graph: true },
    });
    if (!old) throw new NotFoundError(`Version ${version} not found`);
    return saveOpenMap(
      tx,
      userId,
      current,
      { version: currentVersion, title: old.title, graph: old.graph as MapGraph },
      version,
    );
  });
}
