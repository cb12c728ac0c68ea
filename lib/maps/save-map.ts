import type { Db, Tx } from "@/lib/db/client";
import { checkedAudience } from "@/lib/documents/checked-audience";
import { ConflictError } from "@/lib/errors";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";
import { checkMapAnnotations } from "./validate-map-graph";
import { changeMap, type EditableMap } from "./visible-map";
import { takeTokens } from "@/lib/limits/take-tokens";

export type MapUpdate = {
  version: number;
  title?: string;
  visibility?: AnnotationVisibility;
  groupId?: string | null;
  graph?: MapGraph;
};

/**
 * Saves a map: its whole graph (whoever may edit it), or its title and who
 * sees it (its owner). `version` is the version the edit was made from: a
 * graph saved since is not overwritten — ConflictError carrying the current
 * map, nothing changed — while a title or visibility is simply the latest
 * one set (shared maps are edited together through applyMapOperations,
 * which never needs to refuse). Each save appends a MapVersion (the
 * history). Throws NotFoundError / ForbiddenError for callers who may not
 * see / do this.
 */
export async function saveMap(db: Db, userId: string, id: string, update: MapUpdate) {
  const need = update.title !== undefined || update.visibility !== undefined ? "manage" : "editGraph";
  return changeMap(db, userId, id, need, async (tx, current) => {
    await takeTokens(tx, userId, "mapWrite");
    return saveOpenMap(tx, userId, current, update);
  });
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
  if (update.graph && current.version !== update.version) {
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
    data: { mapId: id, version: current.version + 1, title, graph, authorId: userId, restoredFrom },
  });
  return toMapView(row, current.view);
}
