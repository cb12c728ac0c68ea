import type { Tx } from "@/lib/db/client";
import { EMPTY_MAP_GRAPH, ZMapGraph, type MapGraph } from "@/lib/validation/argument-map";
import type { SubmissionSnapshot } from "@/lib/validation/classroom";
import type { RequirementFacts } from "./requirement-progress";

/** A map of the student's on the assignment's document, as the map picker lists it. */
export type StudentMapChoice = { id: string; title: string; updatedAt: string };

/**
 * What one student has done on one document: their annotations (not
 * deleted), the replies they wrote there with whom they answered, and their
 * maps, newest first. The checklist is computed from it and a submission
 * freezes it; both read it here so they count the same things.
 */
export async function loadStudentWork(tx: Tx, studentId: string, documentId: string) {
  const [annotations, replies, maps] = await Promise.all([
    tx.annotation.findMany({
      where: { documentId, authorId: studentId, deletedAt: null },
      select: {
        id: true,
        kind: true,
        exact: true,
        start: true,
        end: true,
        comment: true,
        tags: true,
        createdAt: true,
      },
      orderBy: [{ start: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
    tx.reply.findMany({
      where: { authorId: studentId, annotation: { documentId } },
      select: { annotationId: true, body: true, createdAt: true, annotation: { select: { authorId: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    tx.argumentMap.findMany({
      where: { documentId, ownerId: studentId },
      select: { id: true, title: true, updatedAt: true },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    }),
  ]);
  return {
    annotations: annotations.map((annotation) => ({ ...annotation, createdAt: annotation.createdAt.toISOString() })),
    replies: replies.map((reply) => ({
      annotationId: reply.annotationId,
      toAuthorId: reply.annotation.authorId,
      body: reply.body,
      createdAt: reply.createdAt.toISOString(),
    })),
    maps: maps.map((map): StudentMapChoice => ({ ...map, updatedAt: map.updatedAt.toISOString() })),
  };
}
export type StudentWork = Awaited<ReturnType<typeof loadStudentWork>>;

/** The graph of one of the student's maps on the document; null when it is not theirs there. */
export async function studentMapGraph(tx: Tx, studentId: string, documentId: string, mapId: string) {
  const map = await tx.argumentMap.findFirst({
    where: { id: mapId, documentId, ownerId: studentId },
    select: { id: true, title: true, graph: true },
  });
  if (!map) return null;
  // Stored graphs were checked on every save; a graph that no longer parses counts as empty rather than failing.
  const parsed = ZMapGraph.safeParse(map.graph);
  return { id: map.id, title: map.title, graph: parsed.success ? parsed.data : EMPTY_MAP_GRAPH };
}

/** The checklist's facts from the student's work and the map counted. */
export function requirementFacts(studentId: string, work: StudentWork, map: MapGraph | null): RequirementFacts {
  return { studentId, annotations: work.annotations, replies: work.replies, map };
}

/** What a submission freezes: the work as it is now, with the chosen map (or none). */
export function snapshotOf(work: StudentWork, map: SubmissionSnapshot["map"]): SubmissionSnapshot {
  return { annotations: work.annotations, replies: work.replies, map };
}
