import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { assignmentFor } from "./course-access";
import { lateSecondsAllowed } from "./late-policy";
import type { SubmissionSummary } from "./student-progress";
import { loadStudentWork, snapshotOf, studentMapGraph } from "./student-work";

export const NOT_YOUR_MAP = "mapId: not a map of yours on this assignment's reading";

/**
 * "Submit" (POST /api/assignments/{id}/submissions): freezes a snapshot of
 * the student's annotations on the document (not deleted), their replies
 * there and one map of theirs on it (`mapId`; null: no map), all read in
 * the one transaction that stores it, so later edits never change it.
 * Submitting again replaces the snapshot and counts attempt + 1, as long as
 * the late policy takes it (lateSecondsAllowed: 409 with the reason, and
 * nothing saved). A student sees the assignment only once it opens (404
 * before); staff get 403. Marks the student active in the course.
 */
export async function submitAssignment(db: Db, userId: string, assignmentId: string, mapId: string | null) {
  return db.$transaction(async (tx) => {
    const { assignment, course } = await assignmentFor(tx, userId, assignmentId, "submit");
    const now = new Date();
    const lateSeconds = lateSecondsAllowed(assignment, now, course.timeZone);
    const map = mapId ? await studentMapGraph(tx, userId, assignment.documentId, mapId) : null;
    if (mapId && !map) throw new InvalidInputError("mapId", NOT_YOUR_MAP);
    const snapshot = snapshotOf(await loadStudentWork(tx, userId, assignment.documentId), map);
    const fields = { snapshot, mapId: map?.id ?? null, submittedAt: now, lateSeconds };
    // upsert: two submits at once make one row, the second counting as a resubmission.
    const submission = await tx.submission.upsert({
      where: { assignmentId_studentId: { assignmentId, studentId: userId } },
      create: { assignmentId, studentId: userId, ...fields },
      update: { ...fields, attempt: { increment: 1 } },
      select: { id: true, submittedAt: true, lateSeconds: true, attempt: true, mapId: true },
    });
    await tx.courseMember.update({ where: { id: course.memberId }, data: { lastActiveAt: now } });
    return {
      ...submission,
      submittedAt: submission.submittedAt.toISOString(),
      late: submission.lateSeconds > 0,
    } satisfies SubmissionSummary & { late: boolean };
  });
}
