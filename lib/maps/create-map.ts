import type { Db } from "@/lib/db/client";
import { readableDocument } from "@/lib/documents/readable-document";
import { EMPTY_MAP_GRAPH, type MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";
import { checkMapAnnotations } from "./validate-map-graph";

/**
 * A new map of `userId`'s on a document they can read, saved as version 1.
 * Throws NotFoundError for an unreadable document and InvalidInputError for
 * a graph naming annotations that are not on it.
 */
export async function createMap(
  db: Db,
  userId: string,
  documentId: string,
  input: { title: string; visibility?: AnnotationVisibility; graph?: MapGraph },
) {
  await readableDocument(db, userId, documentId);
  const graph = input.graph ?? EMPTY_MAP_GRAPH;
  await checkMapAnnotations(db, userId, documentId, graph);
  const row = await db.argumentMap.create({
    data: {
      documentId,
      ownerId: userId,
      title: input.title,
      visibility: input.visibility ?? "private",
      graph,
      versions: { create: { version: 1, title: input.title, graph, authorId: userId } },
    },
    select: MAP_VIEW_SELECT,
  });
  return toMapView(row, userId);
}
