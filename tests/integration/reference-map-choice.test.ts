import { describe, expect, it } from "vitest";
import { addFeedbackComment } from "@/lib/classroom/add-feedback-comment";
import { createRubric } from "@/lib/classroom/create-rubric";
import { getAssignment } from "@/lib/classroom/get-assignment";
import { releaseGrades } from "@/lib/classroom/release-grades";
import { updateAssignment } from "@/lib/classroom/update-assignment";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { ZRubricCreate } from "@/lib/validation/classroom";
import { ZAssignmentUpdate } from "@/lib/validation/grading";
import { annotate, privateDocument } from "./support/annotation-factories";
import {
  insertAssignment,
  insertCourse,
  insertCourseMember,
  insertSubmission,
  snapshotOf,
} from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { annotationNode, graphOf, inference, makeMap, rebuttal, statement } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const SUBMITTED_ANNOTATION = "6f1c2f4e-2b1a-4c4e-9a53-1f2b3c4d5e6f";

/**
 * A course with a teacher, an assistant and a student, an assignment on the
 * teacher's document, and a reference map of the teacher's on it: a claim
 * anchored to a passage, a reason supporting it and an objection.
 */
async function world(db: Db) {
  const teacher = await createUser(db, "Teacher");
  const assistant = await createUser(db, "Assistant");
  const student = await createUser(db, "Student");
  const stranger = await createUser(db, "Stranger");
  const course = await insertCourse(db, teacher.id);
  await insertCourseMember(db, course.id, assistant.id, "assistant");
  await insertCourseMember(db, course.id, student.id, "student");
  const assignment = await insertAssignment(db, course.id, teacher.id);
  const document = await db.document.findUniqueOrThrow({
    where: { id: assignment.documentId },
    select: { id: true, plainText: true },
  });
  const claim = await annotate(db, teacher.id, document, "knows who the boss is", { kind: "claim" });
  const map = await makeMap(db, teacher.id, document.id, {
    title: "Reference",
    graph: graphOf(
      [annotationNode("c", claim), statement("r", "The US pays the bills"), statement("o", "Israel acts alone")],
      [inference("a1", "c", ["r"])],
      [rebuttal("x1", "o", "c")],
    ),
  });
  return { teacher, assistant, student, stranger, course, assignment, document, map };
}

const patch = (input: unknown) => ZAssignmentUpdate.parse(input);

describe(`choosing an assignment's reference map on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("a teacher sets, changes and removes the reference map; the rubric stays as it was", async () => {
    const { teacher, course, assignment, document, map } = await world(db());
    const rubric = await createRubric(
      db(),
      teacher.id,
      course.id,
      ZRubricCreate.parse({
        title: "R",
        criteria: [{ id: "c", title: "C", levels: [{ id: "l", label: "L", points: 1 }] }],
      }),
    );
    await updateAssignment(db(), teacher.id, assignment.id, patch({ rubricId: rubric.id }));
    await expect(updateAssignment(db(), teacher.id, assignment.id, patch({ referenceMapId: map.id }))).resolves.toEqual(
      { id: assignment.id, rubricId: rubric.id, referenceMapId: map.id },
    );
    const second = await makeMap(db(), teacher.id, document.id, { title: "Second" });
    await updateAssignment(db(), teacher.id, assignment.id, patch({ referenceMapId: second.id }));
    await expect(updateAssignment(db(), teacher.id, assignment.id, patch({ referenceMapId: null }))).resolves.toEqual({
      id: assignment.id,
      rubricId: rubric.id,
      referenceMapId: null,
    });
  });

  it("refuses a map that is not the teacher's own on the assignment's reading (400), staff who are not teachers (403), outsiders (404)", async () => {
    const { teacher, assistant, student, stranger, assignment, document, map } = await world(db());
    // A colleague's map of the same reading (inserted directly: the reading is private to the teacher).
    const othersMap = await db().argumentMap.create({
      data: { documentId: document.id, ownerId: assistant.id, title: "The assistant's", graph: graphOf([]) },
    });
    const elsewhere = await privateDocument(db(), teacher.id);
    const mapElsewhere = await makeMap(db(), teacher.id, elsewhere.id, { title: "Another reading's" });
    for (const mapId of [othersMap.id, mapElsewhere.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(
        updateAssignment(db(), teacher.id, assignment.id, patch({ referenceMapId: mapId })),
      ).rejects.toBeInstanceOf(InvalidInputError);
    }
    await expect(
      updateAssignment(db(), assistant.id, assignment.id, patch({ referenceMapId: map.id })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateAssignment(db(), student.id, assignment.id, patch({ referenceMapId: map.id })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateAssignment(db(), stranger.id, assignment.id, patch({ referenceMapId: map.id })),
    ).rejects.toBeInstanceOf(NotFoundError);
    const saved = await db().assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(saved.referenceMapId).toBeNull();
  });

  it("the body names at least one of rubricId and referenceMapId, each a uuid or null, nothing else", () => {
    expect(ZAssignmentUpdate.safeParse({}).success).toBe(false);
    expect(ZAssignmentUpdate.safeParse({ referenceMapId: "map-1" }).success).toBe(false);
    expect(ZAssignmentUpdate.safeParse({ referenceMapId: null, title: "x" }).success).toBe(false);
    expect(ZAssignmentUpdate.safeParse({ referenceMapId: null }).success).toBe(true);
  });

  it("a student's result holds the reference map only after release and only when the teacher released it", async () => {
    const { teacher, student, assignment, map } = await world(db());
    await updateAssignment(db(), teacher.id, assignment.id, patch({ referenceMapId: map.id }));
    await insertSubmission(db(), assignment.id, student.id, snapshotOf([SUBMITTED_ANNOTATION], ["n1"]));
    const resultOf = async () => (await getAssignment(db(), student.id, assignment.id)).result;
    expect(await resultOf()).toBeNull();

    await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: false, undo: false });
    expect((await resultOf())?.referenceMap).toBeNull();

    await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: false, undo: true });
    await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: true, undo: false });
    expect((await resultOf())?.referenceMap).toEqual({
      title: "Reference",
      claims: [
        {
          id: "c",
          text: "knows who the boss is",
          quote: "knows who the boss is",
          reasons: [{ id: "r", text: "The US pays the bills", quote: null, reasons: [], objections: [] }],
          objections: [{ id: "o", text: "Israel acts alone", quote: null, reasons: [], objections: [] }],
        },
      ],
    });
    // Staff get no result at all: theirs is the grading view.
    expect((await getAssignment(db(), teacher.id, assignment.id)).result).toBeNull();
  });

  it("each comment in a released result says what it is about, as the student submitted it", async () => {
    const { teacher, student, assignment } = await world(db());
    await insertSubmission(db(), assignment.id, student.id, snapshotOf([SUBMITTED_ANNOTATION], ["n1"]));
    const comment = (input: { annotationId?: string; mapNodeId?: string }, body: string) =>
      addFeedbackComment(db(), teacher.id, assignment.id, { studentId: student.id, body, ...input });
    await comment({ annotationId: SUBMITTED_ANNOTATION }, "Good passage.");
    await comment({ mapNodeId: "n1" }, "Say why.");
    await comment({}, "Overall fine.");
    await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: false, undo: false });
    const result = (await getAssignment(db(), student.id, assignment.id)).result;
    const nodeText = snapshotOf([], ["n1"]).map!.graph.nodes[0].text;
    expect(result?.comments.map(({ body, about }) => ({ body, about }))).toEqual([
      { body: "Good passage.", about: { kind: "annotation", text: "passage 0" } },
      { body: "Say why.", about: { kind: "statement", text: nodeText } },
      { body: "Overall fine.", about: null },
    ]);
  });
});
