import type { Db } from "@/lib/db/client";
import { assignmentFor } from "./course-access";

/**
 * GET /api/assignments/{id}/submissions, for the course's teachers and
 * teaching assistants (a student gets 403): one row per student who
 * submitted, earliest first, with lateness, attempt and grade state. The
 * snapshots themselves are for the grading view, not this list.
 */
export async function listSubmissions(db: Db, userId: string, assignmentId: string) {
  return db.$transaction(async (tx) => {
    await assignmentFor(tx, userId, assignmentId, "grade");
    const rows = await tx.submission.findMany({
      where: { assignmentId },
      select: {
        id: true,
        submittedAt: true,
        lateSeconds: true,
        attempt: true,
        mapId: true,
        score: true,
        gradedAt: true,
        student: { select: { id: true, name: true } },
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    });
    return rows.map((row) => ({
      id: row.id,
      student: row.student,
      submittedAt: row.submittedAt.toISOString(),
      late: row.lateSeconds > 0,
      lateSeconds: row.lateSeconds,
      attempt: row.attempt,
      mapId: row.mapId,
      score: row.score,
      gradedAt: row.gradedAt?.toISOString() ?? null,
    }));
  });
}
