export const STUDENT_STATUSES = ["not started", "in progress", "submitted", "late", "graded"] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

/**
 * Where a student stands on an assignment. "graded" only once grades are
 * released (`gradeVisible`): before that a graded submission still reads
 * "submitted" or "late" to the student. "in progress": some work on the
 * document, not submitted yet.
 */
export function studentStatus(
  submission: { lateSeconds: number; gradedAt: Date | null } | null,
  hasWork: boolean,
  gradeVisible: boolean,
): StudentStatus {
  if (submission) {
    if (submission.gradedAt && gradeVisible) return "graded";
    return submission.lateSeconds > 0 ? "late" : "submitted";
  }
  return hasWork ? "in progress" : "not started";
}
