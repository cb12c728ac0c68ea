import { canSeeReferenceMap } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { ZMapGraph } from "@/lib/validation/argument-map";
import { ZRubricCriteria, ZSubmissionSnapshot, type RubricCriteria } from "@/lib/validation/classroom";
import { feedbackCommentView } from "./feedback-comment-view";
import { referenceMapOutline } from "./reference-map-outline";
import { chosenLevels } from "./rubric-levels";

/**
 * What a student sees of their grade once the assignment's grades are
 * released: the score (null: not graded), the rubric with the level chosen
 * on each criterion, the grader's feedback and the comments on their work,
 * each with what it is about (the passage or statement as submitted), and
 * the reference map as an outline if the teacher released it with the
 * grades (canSeeReferenceMap; the map stays the teacher's in the map routes).
 * Null before release, so a caller cannot show it too early by mistake.
 * The caller has checked that `studentId` may see it (canSeeGrade).
 */
export async function releasedResultFor(
  db: Db | Tx,
  assignment: {
    id: string;
    releasedAt: Date | null;
    rubricId: string | null;
    referenceMapId: string | null;
    releaseReferenceMap: boolean;
  },
  studentId: string,
) {
  if (!assignment.releasedAt) return null;
  const [submission, rubric, comments] = await Promise.all([
    db.submission.findUnique({
      where: { assignmentId_studentId: { assignmentId: assignment.id, studentId } },
      select: { score: true, rubricLevels: true, feedback: true, gradedAt: true, snapshot: true },
    }),
    assignment.rubricId
      ? db.rubric.findUnique({ where: { id: assignment.rubricId }, select: { title: true, criteria: true } })
      : null,
    db.feedbackComment.findMany({
      where: { assignmentId: assignment.id, studentId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { name: true } } },
    }),
  ]);
  const graded = submission?.gradedAt ? submission : null;
  const about = commentTargets(submission?.snapshot);
  const criteria = rubric ? ZRubricCriteria.safeParse(rubric.criteria) : null;
  return {
    releasedAt: assignment.releasedAt.toISOString(),
    score: graded?.score ?? null,
    rubric:
      rubric && criteria?.success
        ? { title: rubric.title, levels: chosenLevelsKept(criteria.data, graded?.rubricLevels) }
        : null,
    feedback: graded?.feedback ?? "",
    comments: comments.map((comment) => ({ ...feedbackCommentView(comment), about: about(comment) })),
    referenceMap: canSeeReferenceMap("student", assignment)
      ? await referenceMapFor(db, assignment.referenceMapId)
      : null,
  };
}

/**
 * What a comment is about, as the student submitted it: the quote of the
 * annotation or the text of the map statement (null: on the work as a
 * whole, or on something the snapshot no longer holds).
 */
function commentTargets(snapshot: unknown) {
  const parsed = ZSubmissionSnapshot.safeParse(snapshot);
  const quotes = new Map(parsed.success ? parsed.data.annotations.map((a) => [a.id, a.exact]) : []);
  const statements = new Map(parsed.success ? (parsed.data.map?.graph.nodes ?? []).map((n) => [n.id, n.text]) : []);
  return (comment: { annotationId: string | null; mapNodeId: string | null }) => {
    if (comment.annotationId) return { kind: "annotation" as const, text: quotes.get(comment.annotationId) ?? null };
    if (comment.mapNodeId) return { kind: "statement" as const, text: statements.get(comment.mapNodeId) ?? null };
    return null;
  };
}

/** The reference map as an outline of claims, reasons and objections, quoting the teacher's passages. */
async function referenceMapFor(db: Db | Tx, mapId: string | null) {
  if (!mapId) return null;
  const map = await db.argumentMap.findUnique({ where: { id: mapId }, select: { title: true, graph: true } });
  const graph = map ? ZMapGraph.safeParse(map.graph) : null;
  if (!map || !graph?.success) return null;
  const annotationIds = graph.data.nodes.flatMap((node) => (node.annotationId ? [node.annotationId] : []));
  const annotations = await db.annotation.findMany({
    where: { id: { in: annotationIds } },
    select: { id: true, exact: true },
  });
  const quotes = new Map(annotations.map((annotation) => [annotation.id, annotation.exact]));
  return { title: map.title, claims: referenceMapOutline(graph.data, quotes) };
}

/**
 * The levels a grade chose, read against the rubric as it is now: a level
 * the rubric does not have (the assignment changed rubric since) shows as not chosen rather than failing.
 */
function chosenLevelsKept(criteria: RubricCriteria, stored: unknown) {
  const chosen =
    stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const valid = Object.fromEntries(
    Object.entries(chosen).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" &&
        criteria.some((criterion) => criterion.id === entry[0] && criterion.levels.some((l) => l.id === entry[1])),
    ),
  );
  return chosenLevels(criteria, valid);
}
