import { canSeeGrade } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import type { Assignment } from "@/lib/db/generated/client";
import { storedRequirements } from "./assignment-view";
import { requirementProgress } from "./requirement-progress";
import { studentStatus } from "./student-status";
import { loadStudentWork, requirementFacts, studentMapGraph } from "./student-work";

/** A submission as its student sees it. */
export type SubmissionSummary = {
  id: string;
  submittedAt: string;
  lateSeconds: number;
  attempt: number;
  mapId: string | null;
};

/**
 * A student's standing on one assignment, recomputed from their work now:
 * status, their submission (when, how late, which attempt), the checklist
 * and the maps they may submit (theirs on the document, newest first). The
 * checklist counts their newest map, the one the picker offers first.
 */
export async function studentProgress(tx: Tx, studentId: string, assignment: Assignment) {
  const [work, submission] = await Promise.all([
    loadStudentWork(tx, studentId, assignment.documentId),
    tx.submission.findUnique({
      where: { assignmentId_studentId: { assignmentId: assignment.id, studentId } },
      select: { id: true, submittedAt: true, lateSeconds: true, attempt: true, mapId: true, gradedAt: true },
    }),
  ]);
  const newest = work.maps[0] ? await studentMapGraph(tx, studentId, assignment.documentId, work.maps[0].id) : null;
  const hasWork = work.annotations.length > 0 || work.replies.length > 0 || work.maps.length > 0;
  const gradeVisible = canSeeGrade(studentId, "student", assignment, studentId);
  return {
    status: studentStatus(submission, hasWork, gradeVisible),
    submission: submission
      ? ({
          id: submission.id,
          submittedAt: submission.submittedAt.toISOString(),
          lateSeconds: submission.lateSeconds,
          attempt: submission.attempt,
          mapId: submission.mapId,
        } satisfies SubmissionSummary)
      : null,
    checklist: requirementProgress(
      storedRequirements(assignment.requirements),
      requirementFacts(studentId, work, newest?.graph ?? null),
    ),
    maps: work.maps,
  };
}
export type StudentProgress = Awaited<ReturnType<typeof studentProgress>>;
