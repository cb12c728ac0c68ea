import type { Db } from "@/lib/db/client";
import { changeDocument } from "@/lib/documents/change-document";
import { checkedAudience } from "@/lib/documents/checked-audience";
import { EMPTY_MAP_GRAPH, type MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";
import { checkMapAnnotations } from "./validate-map-graph";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * A new map of `userId`'s on a document they may annotate, saved as
 * version 1. Throws NotFoundError for an unreadable document, ForbiddenError
 * for one they may only read, and InvalidInputError for a graph naming
 * annotations that are not on it or a group they may not address.
 */
export async function createMap(
  db: Db,
  userId: string,
  documentId: string,
  input: { title: string; visibility?: AnnotationVisibility; groupId?: string | null; graph?: MapGraph },
) {
  return changeDocument(db, userId, documentId, "annotate", async (tx, document, record) => {
    await takeTokens(tx, userId, "mapWrite");
    const graph = input.graph ?? EMPTY_MAP_GRAPH;
    await checkMapAnnotations(tx, userId, documentId, graph);
    const audience = await checkedAudience(tx, userId, document, {
      visibility: input.visibility ?? "private",
      groupId: input.groupId,
    });
    const row = await tx.argumentMap.create({
      data: {
        documentId,
        ownerId: userId,
        title: input.title,
        ...audience,
        graph,
        versions: { create: { version: 1, title: input.title, graph, authorId: userId } },
      },
      select: MAP_VIEW_SELECT,
    });
    record({ kind: "map", id: row.id, audiences: [{ authorId: userId, ...audience }] });
    return toMapView(row, { canEdit: true, canManage: true });
  });
}
