import type { Db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createMap } from "@/lib/maps/create-map";
import type { MapArgument, MapAttack, MapGraph, MapNode } from "@/lib/validation/argument-map";
import type { AnnotationKind, AnnotationVisibility } from "@/lib/validation/annotation";
import { ZMapCreate } from "@/lib/validation/map-input";

/** A free statement the user typed (no annotation). */
export function statement(id: string, text: string, position: MapNode["position"] = null): MapNode {
  return { id, annotationId: null, kind: "statement", text, position };
}

/** A node for an annotation, with its quote as the text snapshot. */
export function annotationNode(
  id: string,
  annotation: { id: string; kind: AnnotationKind; target: { exact: string } },
  position: MapNode["position"] = null,
): MapNode {
  return { id, annotationId: annotation.id, kind: annotation.kind, text: annotation.target.exact, position };
}

/** A support inference: `premiseIds` together support `conclusionId`. */
export function inference(
  id: string,
  conclusionId: string,
  premiseIds: string[],
  scheme: string | null = null,
  answers: MapArgument["answers"] = {},
): MapArgument {
  return { id, conclusionId, premiseIds, scheme, answers };
}

/** `attackerId` rebuts the node `nodeId`. */
export function rebuttal(id: string, attackerId: string, nodeId: string): MapAttack {
  return { id, attackerId, target: { nodeId } };
}

/** `attackerId` undercuts the inference `argumentId`. */
export function undercut(id: string, attackerId: string, argumentId: string): MapAttack {
  return { id, attackerId, target: { argumentId } };
}

export function graphOf(nodes: MapNode[], args: MapArgument[] = [], attacks: MapAttack[] = []): MapGraph {
  return { nodes, arguments: args, attacks };
}

/** `userId` creates a map on a document through ZMapCreate and createMap, as the API does. */
export async function makeMap(
  db: Db,
  userId: string,
  documentId: string,
  input: { title?: string; visibility?: AnnotationVisibility; groupId?: string; graph?: MapGraph } = {},
) {
  const parsed = ZMapCreate.parse({ title: "A map", ...input });
  return createMap(db, userId, documentId, parsed);
}

/** A map's stored history rows, oldest first, with the fields tests compare. */
export async function storedVersions(db: Db, mapId: string) {
  return db.mapVersion.findMany({
    where: { mapId },
    select: { version: true, title: true, graph: true, authorId: true, restoredFrom: true },
    orderBy: { version: "asc" },
  });
}

export type Outcome = "ok" | "not found" | "forbidden" | "conflict";

/** "ok", or which of our errors the call threw (anything else fails the test). */
export async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof NotFoundError) return "not found";
    if (error instanceof ForbiddenError) return "forbidden";
    if (error instanceof ConflictError) return "conflict";
    throw error;
  }
}

/** The error `call` rejected with; fails when it resolved. */
export async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
