import type { Db } from "@/lib/db/client";
import type { CourseRole } from "@/lib/auth/permissions";
import type { SubmissionSnapshot } from "@/lib/validation/classroom";
import { privateDocument } from "./annotation-factories";

/**
 * Classroom rows inserted with Prisma, for tests of what comes after them
 * (grading, overviews) whatever use cases made them: a course with its
 * group underneath, members, an assignment, a submission.
 */

/** A course owned by `teacherId` (a teacher on its roster), with the Group it is underneath. */
export async function insertCourse(db: Db, teacherId: string, name = "Rhetoric 101", timeZone = "Europe/Berlin") {
  const group = await db.group.create({ data: { name, createdById: teacherId } });
  const course = await db.course.create({ data: { name, timeZone, groupId: group.id, createdById: teacherId } });
  await insertCourseMember(db, course.id, teacherId, "teacher");
  return course;
}

/** Puts an account on a course's roster with `role`; `removed`: a teacher has since removed them. */
export async function insertCourseMember(
  db: Db,
  courseId: string,
  userId: string,
  role: CourseRole,
  options: { removed?: boolean; name?: string } = {},
) {
  const { email } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  return db.courseMember.create({
    data: {
      courseId,
      userId,
      email,
      role,
      name: options.name ?? null,
      joinedAt: new Date(),
      removedAt: options.removed ? new Date() : null,
    },
  });
}

/** An assignment of the course on a new private document of its creator's, due in a week unless told. */
export async function insertAssignment(
  db: Db,
  courseId: string,
  createdById: string,
  data: { title?: string; dueAt?: Date; opensAt?: Date | null; rubricId?: string | null } = {},
) {
  const document = await privateDocument(db, createdById);
  return db.assignment.create({
    data: {
      courseId,
      documentId: document.id,
      createdById,
      title: data.title ?? "Read and map",
      dueAt: data.dueAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000),
      opensAt: data.opensAt ?? null,
      rubricId: data.rubricId ?? null,
    },
  });
}

/** A snapshot holding the given annotation ids and map node ids (minimal, valid against ZSubmissionSnapshot). */
export function snapshotOf(annotationIds: string[] = [], nodeIds: string[] = []): SubmissionSnapshot {
  return {
    annotations: annotationIds.map((id, index) => ({
      id,
      kind: "claim",
      exact: `passage ${index}`,
      start: index * 10,
      end: index * 10 + 9,
      comment: "",
      tags: [],
      createdAt: new Date(0).toISOString(),
    })),
    replies: [],
    map:
      nodeIds.length === 0
        ? null
        : {
            id: crypto.randomUUID(),
            title: "My map",
            graph: {
              nodes: nodeIds.map((id) => ({
                id,
                annotationId: null,
                kind: "claim",
                text: `Statement ${id}`,
                position: null,
              })),
              arguments: [],
              attacks: [],
            },
          },
  };
}

/** A submission of `studentId`'s, on time unless told, with `snapshot`. */
export async function insertSubmission(
  db: Db,
  assignmentId: string,
  studentId: string,
  snapshot: SubmissionSnapshot = snapshotOf(),
  lateSeconds = 0,
) {
  return db.submission.create({
    data: { assignmentId, studentId, snapshot, submittedAt: new Date(), lateSeconds },
  });
}
