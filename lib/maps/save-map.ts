import type { Db, Tx } from "@/lib/db/client";
import { checkedAudience } from "@/lib/documents/checked-audience";
import { ConflictError } from "@/lib/errors";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";
import { checkMapAnnotations } from "./validate-map-graph";
import { changeMap, type EditableMap } from "./visible-map";

export type MapUpdate = {
  version: number;
  title?: string;
  visibility?: AnnotationVisibility;
  groupId?: string | null;
  graph?: MapGraph;
};

/**
 * The owner saves a map. `version` is the version the edit was made from: if
 * the map was saved since, throws ConflictError carrying the current map and
 * changes nothing. Each save appends a MapVersion (the history). Throws
 * NotFoundError / ForbiddenError for callers who may not see / edit it.
 */
export async function saveMap(db: Db, userId: string, id: string, update: MapUpdate) {
  return changeMap(db, userId, id, async (tx, current) => saveOpenMap(tx, userId, current, update));
}

/**
 * saveMap's work, on a map changeMap has opened for its owner. A restore
 * passes the version it restores (`restoredFrom`): its graph was valid when
 * saved and is not checked again.
 */
export async function saveOpenMap(
  tx: Tx,
  userId: string,
  current: EditableMap,
  update: MapUpdate,
  restoredFrom?: number,
) {
  const id = current.id;
  if (current.version !== update.version) {
    throw new ConflictError("Someone saved this map after you loaded it", current.view);
  }
  if (update.graph && restoredFrom === undefined) {
    const held = new Set(
      (current.graph as MapGraph).nodes.flatMap((node) => (node.annotationId ? [node.annotationId] : [])),
    );
    await checkMapAnnotations(tx, userId, current.documentId, update.graph, held);
  }
  const audience = update.visibility
    ? await checkedAudience(tx, userId, current.document, { visibility: update.visibility, groupId: update.groupId })
    : {};
  const title = update.title ?? current.title;
  const graph = update.graph ?? (current.graph as MapGraph);
  const row = await tx.argumentMap.update({
    where: { id },
    data: { title, graph, ...audience, version: { increment: 1 } },
    select: MAP_VIEW_SELECT,
  });
  await tx.mapVersion.create({
    data: { mapId: id, version: update.version + 1, title, graph, authorId: userId, restoredFrom },
  });
  return toMapView(row, true);
}
