import { canInCourse } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { assignmentView } from "./assignment-view";
import { assignmentFor } from "./course-access";
import { releasedResultFor } from "./released-result";
import { studentProgress } from "./student-progress";

/**
 * GET /api/assignments/{id}: the assignment with its instructions for anyone
 * in its course who may see it (a student only once it opens: 404 before),
 * the caller's role, and for a student their own status, submission,
 * checklist and maps. An object that grading adds to (grade and feedback
 * after release) without changing what is here. Staff also get the
 * reference map's id (students never: it is the expected answer) and the
 * rubric's.
 */
export async function getAssignment(db: Db, userId: string, assignmentId: string) {
  return db.$transaction(async (tx) => {
    const { assignment, course } = await assignmentFor(tx, userId, assignmentId, "see");
    const document = await tx.document.findUniqueOrThrow({
      where: { id: assignment.documentId },
      select: { id: true, title: true },
    });
    const view = assignmentView(assignment, course, document);
    const student = course.role === "student" ? await studentProgress(tx, userId, assignment) : null;
    // A student's grade, feedback and comments, once released (null before, and for staff).
    const result = course.role === "student" ? await releasedResultFor(tx, assignment, userId) : null;
    // Which map and rubric, for the teacher's forms; a student sees the map only in a released result.
    const staff = canInCourse(course.role, "grade");
    const referenceMapId = staff ? assignment.referenceMapId : null;
    const rubricId = staff ? assignment.rubricId : null;
    return { assignment: view, role: course.role, student, result, referenceMapId, rubricId };
  });
}
