import type { Tx } from "@/lib/db/client";
import { visibleAnnotationsWhere } from "@/lib/auth/permissions";
import { InvalidInputError } from "@/lib/errors";
import type { MapGraph } from "@/lib/validation/argument-map";

/**
 * Checks what the schema cannot: every annotation a node names is an
 * annotation on this document that `userId` can see. Annotations the map
 * already held (`known`) are not checked again: one that was since made
 * private or deleted must not lock the map — its node keeps a snapshot of
 * the text for exactly that case. Throws InvalidInputError naming the node.
 */
export async function checkMapAnnotations(
  db: Tx,
  userId: string,
  documentId: string,
  graph: MapGraph,
  known: ReadonlySet<string> = new Set(),
) {
  const ids = [
    ...new Set(
      graph.nodes.flatMap((node) => (node.annotationId && !known.has(node.annotationId) ? [node.annotationId] : [])),
    ),
  ];
  if (ids.length === 0) return;
  const found = await db.annotation.findMany({
    where: { ...visibleAnnotationsWhere(userId, documentId), id: { in: ids } },
    select: { id: true },
  });
  const index = graph.nodes.findIndex(
    (node) =>
      node.annotationId && ids.includes(node.annotationId) && !found.some((row) => row.id === node.annotationId),
  );
  if (index >= 0) {
    throw new InvalidInputError(
      `graph.nodes.${index}.annotationId`,
      `graph.nodes.${index}.annotationId: no annotation ${graph.nodes[index]!.annotationId} on this document`,
    );
  }
}
