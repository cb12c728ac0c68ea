import type { Db } from "@/lib/db/client";
import { courseFor } from "./course-access";

/**
 * A course's grade book for its teachers and teaching assistants: its
 * assignments in due order, and one row per student on the roster (removed
 * students left out; students still to join kept, with nothing graded)
 * with their score on each assignment (null: not graded) and the total of
 * their scores. Three queries, whatever the size of the course.
 */
export async function gradeBook(db: Db, userId: string, courseId: string) {
  return db.$transaction(async (tx) => {
    const course = await courseFor(tx, userId, courseId, "grade");
    const [assignments, members] = await Promise.all([
      tx.assignment.findMany({
        where: { courseId: course.id },
        orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, dueAt: true, releasedAt: true },
      }),
      tx.courseMember.findMany({
        where: { courseId: course.id, role: "student", removedAt: null },
        select: { id: true, userId: true, email: true, name: true, user: { select: { name: true } } },
      }),
    ]);
    const grades = await tx.submission.findMany({
      where: { assignment: { courseId: course.id }, gradedAt: { not: null } },
      select: { assignmentId: true, studentId: true, score: true },
    });
    const scoreOf = new Map(grades.map((grade) => [`${grade.assignmentId} ${grade.studentId}`, grade.score]));
    const students = members
      .map((member) => {
        const scores = assignments.map((assignment) =>
          member.userId ? (scoreOf.get(`${assignment.id} ${member.userId}`) ?? null) : null,
        );
        return {
          memberId: member.id,
          userId: member.userId,
          name: member.user?.name ?? member.name ?? member.email,
          email: member.email,
          scores,
          total: roundScore(scores.reduce<number>((sum, score) => sum + (score ?? 0), 0)),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "en") || a.email.localeCompare(b.email, "en"));
    return {
      course: { id: course.id, name: course.name, role: course.role },
      assignments: assignments.map((assignment) => ({
        id: assignment.id,
        title: assignment.title,
        dueAt: assignment.dueAt.toISOString(),
        released: assignment.releasedAt !== null,
      })),
      students,
    };
  });
}
export type GradeBook = Awaited<ReturnType<typeof gradeBook>>;

/** Sums of fractional points shown to three decimals at most (0.1 + 0.2 is 0.3, not 0.30000000000000004). */
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
