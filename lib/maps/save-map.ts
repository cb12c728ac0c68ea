import type { Db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";
import { checkMapAnnotations } from "./validate-map-graph";
import { visibleMap } from "./visible-map";

export type MapUpdate = { version: number; title?: string; visibility?: AnnotationVisibility; graph?: MapGraph };

/**
 * The owner saves a map. `version` is the version the edit was made from: if
 * the map was saved since, throws ConflictError carrying the current map and
 * changes nothing. Each save appends a MapVersion (the history). Throws
 * NotFoundError / ForbiddenError for callers who may not see / edit it.
 */
export async function saveMap(db: Db, userId: string, id: string, update: MapUpdate, restoredFrom?: number) {
  const current = await visibleMap(db, userId, id, { mustEdit: true });
  if (update.graph && restoredFrom === undefined) {
    const held = new Set(
      (current.graph as MapGraph).nodes.flatMap((node) => (node.annotationId ? [node.annotationId] : [])),
    );
    await checkMapAnnotations(db, userId, current.documentId, update.graph, held);
  }
  const title = update.title ?? current.title;
  const graph = update.graph ?? (current.graph as MapGraph);
  return db.$transaction(async (tx) => {
    const saved = await tx.argumentMap.updateMany({
      where: { id, version: update.version },
      data: { title, graph, visibility: update.visibility ?? current.visibility, version: { increment: 1 } },
    });
    if (saved.count === 0) {
      const latest = await tx.argumentMap.findUniqueOrThrow({ where: { id }, select: MAP_VIEW_SELECT });
      throw new ConflictError("Someone saved this map after you loaded it", toMapView(latest, userId));
    }
    await tx.mapVersion.create({
      data: { mapId: id, version: update.version + 1, title, graph, authorId: userId, restoredFrom },
    });
    return toMapView(await tx.argumentMap.findUniqueOrThrow({ where: { id }, select: MAP_VIEW_SELECT }), userId);
  });
}
