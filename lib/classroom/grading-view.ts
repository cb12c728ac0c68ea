import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { ZRubricCriteria, ZSubmissionSnapshot } from "@/lib/validation/classroom";
import { assignmentFeedback } from "./assignment-feedback";
import { assignmentOverview } from "./assignment-overview";
import { listFeedbackComments } from "./list-feedback-comments";

/**
 * What the grading view ("speed grader") shows for one student of an
 * assignment: the students to move between (the overview's roster order,
 * those with an account), the chosen one's submission — its frozen snapshot
 * of annotations and map, lateness and current grade — the document's text
 * the annotations sit on, the assignment's rubric, the feedback comments
 * on that student's work and, with a reference map, the auto-feedback. `studentId` null: the first student. Staff only
 * (assignmentOverview checks: 404 for outsiders, 403 for students);
 * NotFoundError for a student who is not on the roster.
 */
export async function gradingView(db: Db, userId: string, assignmentId: string, studentId: string | null) {
  const overview = await assignmentOverview(db, userId, assignmentId);
  const students = overview.students.flatMap((row) =>
    row.studentId ? [{ studentId: row.studentId, name: row.name, status: row.status }] : [],
  );
  const student = studentId === null ? (students[0] ?? null) : students.find((row) => row.studentId === studentId);
  if (student === undefined) throw new NotFoundError("This student is not on the course's roster");

  const [assignment, submission, comments] = await Promise.all([
    db.assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: {
        document: { select: { id: true, title: true, plainText: true } },
        rubric: { select: { id: true, title: true, criteria: true } },
      },
    }),
    student
      ? db.submission.findUnique({
          where: { assignmentId_studentId: { assignmentId, studentId: student.studentId } },
          select: {
            id: true,
            snapshot: true,
            submittedAt: true,
            lateSeconds: true,
            attempt: true,
            score: true,
            rubricLevels: true,
            feedback: true,
            gradedAt: true,
          },
        })
      : null,
    student ? listFeedbackComments(db, userId, assignmentId, student.studentId) : [],
  ]);
  // The auto-feedback compares the submitted map with the reference map, so it needs both.
  const autoFeedback =
    student && submission && overview.assignment.hasReferenceMap
      ? await assignmentFeedback(db, userId, assignmentId, student.studentId)
      : null;
  const criteria = assignment.rubric ? ZRubricCriteria.safeParse(assignment.rubric.criteria) : null;

  return {
    assignment: overview.assignment,
    /** Whether the caller may release grades (teachers; not teaching assistants). */
    canRelease: overview.canRelease,
    document: assignment.document,
    students,
    student,
    submission: submission && {
      id: submission.id,
      snapshot: ZSubmissionSnapshot.parse(submission.snapshot),
      submittedAt: submission.submittedAt.toISOString(),
      lateSeconds: submission.lateSeconds,
      attempt: submission.attempt,
      score: submission.score,
      rubricLevels: (submission.rubricLevels ?? {}) as Record<string, string>,
      feedback: submission.feedback,
      gradedAt: submission.gradedAt?.toISOString() ?? null,
    },
    rubric:
      assignment.rubric && criteria?.success
        ? { id: assignment.rubric.id, title: assignment.rubric.title, criteria: criteria.data }
        : null,
    comments,
    autoFeedback,
  };
}

export type GradingView = Awaited<ReturnType<typeof gradingView>>;
