import type { Db } from "@/lib/db/client";
import { readableDocument } from "@/lib/documents/readable-document";
import { InvalidInputError } from "@/lib/errors";
import { shareDocument } from "@/lib/sharing/share-document";
import { MAX_ASSIGNMENTS_PER_COURSE, type AssignmentCreate } from "@/lib/validation/classroom";
import { assignmentView } from "./assignment-view";
import { courseFor } from "./course-access";
import { checkReferenceMapChoice } from "./reference-map-choice";

/**
 * "New assignment": a teacher of the course sets a reading (a document they
 * can read) with a due date, late policy, mode and requirements. The
 * students must be able to read and annotate it, so unless it is shared with
 * everyone already it is shared with the course's group as Commenter, by
 * the same path as any share (which needs the teacher to be the document's
 * owner or an editor: 403 otherwise). `referenceMapId` must be a map of that
 * document the teacher owns, `rubricId` a rubric of the course.
 *
 * Everything is checked before anything is written; the share and the
 * assignment are then two changes (the share goes through the document's
 * change path, which is its own transaction). If the second failed the
 * share would stay, which only lets the course read a reading it was
 * meant to read.
 */
export async function createAssignment(db: Db, userId: string, courseId: string, input: AssignmentCreate) {
  const { course, document } = await db.$transaction(async (tx) => {
    const course = await courseFor(tx, userId, courseId, "assign");
    const document = await readableDocument(tx, userId, input.documentId);
    if (input.referenceMapId) await checkReferenceMapChoice(tx, userId, document.id, input.referenceMapId);
    if (input.rubricId) {
      const rubric = await tx.rubric.findFirst({ where: { id: input.rubricId, courseId }, select: { id: true } });
      if (!rubric) throw new InvalidInputError("rubricId", "rubricId: not a rubric of this course");
    }
    if ((await tx.assignment.count({ where: { courseId } })) >= MAX_ASSIGNMENTS_PER_COURSE) {
      throw new InvalidInputError("body", `A course can have at most ${MAX_ASSIGNMENTS_PER_COURSE} assignments`);
    }
    const share = await tx.documentShare.findUnique({
      where: { documentId_groupId: { documentId: document.id, groupId: course.groupId } },
      select: { role: true },
    });
    const studentsCanAnnotate = document.visibility === "EVERYONE" || (share !== null && share.role !== "viewer");
    return { course, document: { ...document, studentsCanAnnotate } };
  });

  if (!document.studentsCanAnnotate) {
    await shareDocument(db, userId, document.id, { groupId: course.groupId, role: "commenter" });
  }
  const assignment = await db.assignment.create({
    data: {
      courseId,
      documentId: document.id,
      title: input.title,
      instructions: input.instructions,
      opensAt: input.opensAt ? new Date(input.opensAt) : null,
      dueAt: new Date(input.dueAt),
      latePolicy: input.latePolicy,
      lateUntil: input.lateUntil ? new Date(input.lateUntil) : null,
      mode: input.mode,
      peersVisible: input.peersVisible,
      groupSize: input.groupSize ?? null,
      requirements: input.requirements ?? {},
      referenceMapId: input.referenceMapId ?? null,
      rubricId: input.rubricId ?? null,
      createdById: userId,
    },
  });
  return assignmentView(assignment, course, { id: document.id, title: document.title });
}
