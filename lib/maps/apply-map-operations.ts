import type { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { applyOperations, type MapOperation } from "@/lib/argument/map-operations";
import { InvalidInputError } from "@/lib/errors";
import { ZMapGraph, type MapGraph } from "@/lib/validation/argument-map";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";
import { checkMapAnnotations } from "./validate-map-graph";
import { changeMap } from "./visible-map";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * Applies one person's edits of a map's graph (lib/argument/map-operations.ts)
 * to the map as it is now, whoever saved since: no version to match, nothing
 * refused for being late. Operations on what others removed meanwhile are
 * skipped and returned. Appends a MapVersion by `userId`, so the history
 * shows every change with its author. Throws NotFoundError / ForbiddenError
 * for callers who may not see / edit the graph, and InvalidInputError when
 * the result breaks the map's rules (too many statements, a passage not on
 * this document or not visible to them); nothing is saved then.
 */
export async function applyMapOperations(db: Db, userId: string, id: string, ops: readonly MapOperation[]) {
  return changeMap(db, userId, id, "editGraph", async (tx, current) => {
    await takeTokens(tx, userId, "mapWrite");
    const before = current.graph as MapGraph;
    const { graph, skipped } = applyOperations(before, ops);
    const checked = ZMapGraph.safeParse(graph);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new InvalidInputError("ops", `ops: the map would be invalid (${issue.path.join(".")}: ${issue.message})`);
    }
    const held = new Set(before.nodes.flatMap((node) => (node.annotationId ? [node.annotationId] : [])));
    await checkMapAnnotations(tx, userId, current.documentId, graph, held);
    const row = await tx.argumentMap.update({
      where: { id },
      data: { graph: graph as Prisma.InputJsonValue, version: { increment: 1 } },
      select: MAP_VIEW_SELECT,
    });
    await tx.mapVersion.create({
      data: {
        mapId: id,
        version: row.version,
        title: row.title,
        graph: graph as Prisma.InputJsonValue,
        authorId: userId,
      },
    });
    return { map: toMapView(row, current.view), skipped };
  });
}
