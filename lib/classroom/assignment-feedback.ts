import { canInCourse, canSeeGrade } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { EMPTY_MAP_GRAPH, ZMapGraph } from "@/lib/validation/argument-map";
import { ZFeedbackWeights, ZSubmissionSnapshot } from "@/lib/validation/classroom";
import {
  DEFAULT_FEEDBACK_WEIGHTS,
  mapComparer,
  type AnchoredMap,
  type AnchorRange,
  type MapComparison,
} from "./compare-maps";
import { assignmentFor } from "./course-access";

/**
 * The auto-feedback of an assignment: each student's submitted map compared
 * with the teacher's reference map (compare-maps.ts). The reference, the
 * document's text and the weights are loaded once and prepared once, however
 * many students are compared with them.
 */

export const NO_REFERENCE_MAP = "This assignment has no reference map";

type AssignmentRow = {
  id: string;
  documentId: string;
  referenceMapId: string | null;
  feedbackWeights: unknown;
};

/**
 * The comparer for an assignment's reference map: its graph, the ranges of
 * the annotations its nodes are anchored to, and the document's plain text.
 * NotFoundError when the assignment has none.
 */
async function referenceComparerFor(db: Db | Tx, assignment: AssignmentRow) {
  if (!assignment.referenceMapId) throw new NotFoundError(NO_REFERENCE_MAP);
  const [map, document] = await Promise.all([
    db.argumentMap.findUnique({ where: { id: assignment.referenceMapId }, select: { graph: true } }),
    db.document.findUniqueOrThrow({ where: { id: assignment.documentId }, select: { plainText: true } }),
  ]);
  if (!map) throw new NotFoundError(NO_REFERENCE_MAP);
  const graph = ZMapGraph.parse(map.graph);
  const annotationIds = graph.nodes.flatMap((node) => (node.annotationId ? [node.annotationId] : []));
  // The teacher's annotations as they stand, deleted ones too: a node keeps its passage.
  const annotations = await db.annotation.findMany({
    where: { id: { in: annotationIds }, documentId: assignment.documentId },
    select: { id: true, start: true, end: true, exact: true },
  });
  const anchors: Record<string, AnchorRange> = {};
  for (const { id, ...range } of annotations) anchors[id] = range;
  const weights = ZFeedbackWeights.safeParse(assignment.feedbackWeights);
  return mapComparer({ graph, anchors }, document.plainText, weights.success ? weights.data : DEFAULT_FEEDBACK_WEIGHTS);
}

/** A submission's map with the ranges of the student's annotations it was frozen with (no map: an empty one). */
function submittedMap(snapshot: unknown): AnchoredMap {
  const { annotations, map } = ZSubmissionSnapshot.parse(snapshot);
  const anchors: Record<string, AnchorRange> = {};
  for (const annotation of annotations) {
    anchors[annotation.id] = { start: annotation.start, end: annotation.end, exact: annotation.exact };
  }
  return { graph: map?.graph ?? EMPTY_MAP_GRAPH, anchors };
}

export type AssignmentFeedback = MapComparison & { studentId: string };

/**
 * One student's auto-feedback, for `userId`: staff of the course see any
 * student's; a student only their own, once grades are released
 * (canSeeGrade), else ForbiddenError. NotFoundError when the assignment has
 * no reference map or the student has not submitted.
 */
export async function assignmentFeedback(
  db: Db,
  userId: string,
  assignmentId: string,
  studentId: string,
): Promise<AssignmentFeedback> {
  return db.$transaction(async (tx) => {
    const { assignment, course } = await assignmentFor(tx, userId, assignmentId, "see");
    if (!canSeeGrade(userId, course.role, assignment, studentId)) {
      throw new ForbiddenError(
        studentId !== userId && !canInCourse(course.role, "grade")
          ? "You can see only the feedback on your own work"
          : "Your feedback is shown once grades are released",
      );
    }
    const compare = await referenceComparerFor(tx, assignment);
    const submission = await tx.submission.findUnique({
      where: { assignmentId_studentId: { assignmentId: assignment.id, studentId } },
      select: { snapshot: true },
    });
    if (!submission) {
      throw new NotFoundError(studentId === userId ? "You have not submitted" : "This student has not submitted");
    }
    return { studentId, ...compare(submittedMap(submission.snapshot)) };
  });
}

/**
 * Every submission's auto-feedback, by student id (in id order), read in one
 * query for all submissions. For callers that have checked the caller may
 * grade the assignment (the overview, the grade book, benchmarks).
 * NotFoundError when the assignment or its reference map does not exist.
 */
export async function feedbackForAll(db: Db | Tx, assignmentId: string): Promise<Map<string, MapComparison>> {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, documentId: true, referenceMapId: true, feedbackWeights: true },
  });
  if (!assignment) throw new NotFoundError("Assignment not found");
  const compare = await referenceComparerFor(db, assignment);
  const submissions = await db.submission.findMany({
    where: { assignmentId },
    select: { studentId: true, snapshot: true },
    orderBy: { studentId: "asc" },
  });
  return new Map(submissions.map((submission) => [submission.studentId, compare(submittedMap(submission.snapshot))]));
}
