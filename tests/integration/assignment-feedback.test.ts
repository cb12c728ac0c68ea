import { describe, expect, it } from "vitest";
import { assignmentFeedback, feedbackForAll, NO_REFERENCE_MAP } from "@/lib/classroom/assignment-feedback";
import type { AnchoredMap } from "@/lib/classroom/compare-maps";
import type { Db, Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { SubmissionSnapshot } from "@/lib/validation/classroom";
import { patronageMap, REFERENCE_PASSAGES, type ReferenceKey } from "@/tests/fixtures/classroom/patronage-reference";
import { annotate, privateDocument } from "./support/annotation-factories";
import { insertAssignment, insertCourse, insertCourseMember, insertSubmission } from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { makeMap } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

/**
 * The auto-feedback read from the database: the teacher's reference map
 * (real annotations on the sample article, a real map) against students'
 * frozen submissions, and who may read it.
 */

/** A course with a teacher, an assistant, two students and an assignment on the sample article with a reference map. */
async function classWithReference(db: Db) {
  const [teacher, assistant, ada, ben] = await Promise.all(
    ["Tess Teacher", "Asa Assistant", "Ada Student", "Ben Student"].map((name) => createUser(db, name)),
  );
  const course = await insertCourse(db, teacher.id);
  await insertCourseMember(db, course.id, assistant.id, "assistant");
  await insertCourseMember(db, course.id, ada.id, "student");
  await insertCourseMember(db, course.id, ben.id, "student");
  const document = await privateDocument(db, teacher.id);

  // The teacher's reference: each statement on an annotation of theirs.
  const reference = patronageMap(document.plainText);
  for (const node of reference.graph.nodes) {
    const annotation = await annotate(db, teacher.id, document, REFERENCE_PASSAGES[node.id as ReferenceKey]);
    node.annotationId = annotation.id;
  }
  const map = await makeMap(db, teacher.id, document.id, { title: "Reference", graph: reference.graph });
  const assignment = await insertAssignment(db, course.id, teacher.id);
  await db.assignment.update({
    where: { id: assignment.id },
    data: { documentId: document.id, referenceMapId: map.id },
  });
  return { teacher, assistant, ada, ben, course, document, assignment };
}

/** What a submission freezes of a student's map and the annotations its nodes are anchored to. */
function snapshotOfMap({ graph, anchors }: AnchoredMap): SubmissionSnapshot {
  return {
    annotations: Object.entries(anchors).map(([id, range]) => ({
      id,
      kind: "claim",
      ...range,
      comment: "",
      tags: [],
      createdAt: new Date(0).toISOString(),
    })),
    replies: [],
    map: { id: crypto.randomUUID(), title: "My map", graph },
  };
}

/** Ada's map: the reference less one premise (known answer: 7 of 8 found, 6 of 7 relations, score 86). */
function adasMap(plainText: string): AnchoredMap {
  const map = patronageMap(plainText, { idPrefix: "s-", annotationPrefix: 2, trim: 1 });
  map.graph.nodes = map.graph.nodes.filter((node) => node.id !== "s-timelines");
  map.graph.arguments = map.graph.arguments.filter((argument) => argument.id !== "s-from-timelines");
  return map;
}

const EMPTY_SNAPSHOT: SubmissionSnapshot = { annotations: [], replies: [], map: null };

describe(`assignment feedback on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("gives staff a student's comparison with the reference map, quoting the passage missed", async () => {
    const { teacher, assistant, ada, ben, document, assignment } = await classWithReference(db());
    await insertSubmission(db(), assignment.id, ada.id, snapshotOfMap(adasMap(document.plainText)));
    await insertSubmission(db(), assignment.id, ben.id, EMPTY_SNAPSHOT);

    const adas = await assignmentFeedback(db(), teacher.id, assignment.id, ada.id);
    expect(adas).toMatchObject({
      studentId: ada.id,
      score: 86,
      statements: { found: 7, missed: 1, extra: 0 },
      relations: { right: 6, reversed: 0, wrongType: 0, missing: 1 },
      sentences: [
        "You did not find 'The motivations for the upcoming White House meeting are heavily dictated by…', a premise of the main claim.",
      ],
    });
    const bens = await assignmentFeedback(db(), assistant.id, assignment.id, ben.id);
    expect(bens).toMatchObject({ score: 0, statements: { found: 0, missed: 8, extra: 0 } });
  });

  it("uses the weights the teacher set on the assignment", async () => {
    const { teacher, ada, document, assignment } = await classWithReference(db());
    await insertSubmission(db(), assignment.id, ada.id, snapshotOfMap(adasMap(document.plainText)));
    await db().assignment.update({
      where: { id: assignment.id },
      data: { feedbackWeights: { statementFound: 100, relationRight: 0, extraStatement: 0 } },
    });
    expect((await assignmentFeedback(db(), teacher.id, assignment.id, ada.id)).score).toBe(88);
  });

  it("compares the whole class in one query for all submissions", async () => {
    const { ada, ben, document, assignment } = await classWithReference(db());
    await insertSubmission(db(), assignment.id, ada.id, snapshotOfMap(adasMap(document.plainText)));
    await insertSubmission(db(), assignment.id, ben.id, EMPTY_SNAPSHOT);
    const submissionQueries: string[] = [];
    const counting = db().$extends({
      query: {
        submission: {
          async $allOperations({ operation, args, query }) {
            submissionQueries.push(operation);
            return query(args);
          },
        },
      },
    }) as unknown as Tx;

    const all = await feedbackForAll(counting, assignment.id);
    expect(submissionQueries).toEqual(["findMany"]);
    expect([...all.keys()].sort()).toEqual([ada.id, ben.id].sort());
    expect(all.get(ada.id)!.score).toBe(86);
    expect(all.get(ben.id)!.score).toBe(0);
  });

  it("shows a student only their own feedback, and only once grades are released", async () => {
    const { ada, ben, document, assignment } = await classWithReference(db());
    await insertSubmission(db(), assignment.id, ada.id, snapshotOfMap(adasMap(document.plainText)));
    await insertSubmission(db(), assignment.id, ben.id, EMPTY_SNAPSHOT);

    await expect(assignmentFeedback(db(), ada.id, assignment.id, ada.id)).rejects.toThrow(
      new ForbiddenError("Your feedback is shown once grades are released"),
    );
    await db().assignment.update({ where: { id: assignment.id }, data: { releasedAt: new Date() } });
    expect((await assignmentFeedback(db(), ada.id, assignment.id, ada.id)).score).toBe(86);
    await expect(assignmentFeedback(db(), ada.id, assignment.id, ben.id)).rejects.toThrow(
      new ForbiddenError("You can see only the feedback on your own work"),
    );
  });

  it("is not found for a student of another course, a removed student and a stranger", async () => {
    const { ada, assignment } = await classWithReference(db());
    await insertSubmission(db(), assignment.id, ada.id, EMPTY_SNAPSHOT);
    await db().assignment.update({ where: { id: assignment.id }, data: { releasedAt: new Date() } });
    const otherTeacher = await createUser(db(), "Other Teacher");
    const otherStudent = await createUser(db(), "Other Student");
    const otherCourse = await insertCourse(db(), otherTeacher.id, "Another course");
    await insertCourseMember(db(), otherCourse.id, otherStudent.id, "student");
    const removed = await createUser(db(), "Removed Student");
    const { courseId } = await db().assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    await insertCourseMember(db(), courseId, removed.id, "student", { removed: true });
    const stranger = await createUser(db(), "Stranger");

    for (const outsider of [otherTeacher, otherStudent, removed, stranger]) {
      await expect(assignmentFeedback(db(), outsider.id, assignment.id, ada.id), outsider.name).rejects.toThrow(
        NotFoundError,
      );
      await expect(assignmentFeedback(db(), outsider.id, assignment.id, outsider.id)).rejects.toThrow(NotFoundError);
    }
  });

  it("says when there is no reference map, or no submission", async () => {
    const { teacher, ada, ben, assignment } = await classWithReference(db());
    await expect(assignmentFeedback(db(), teacher.id, assignment.id, ben.id)).rejects.toThrow(
      new NotFoundError("This student has not submitted"),
    );
    await insertSubmission(db(), assignment.id, ada.id, EMPTY_SNAPSHOT);
    await db().assignment.update({ where: { id: assignment.id }, data: { referenceMapId: null } });
    await expect(assignmentFeedback(db(), teacher.id, assignment.id, ada.id)).rejects.toThrow(
      new NotFoundError(NO_REFERENCE_MAP),
    );
    await expect(feedbackForAll(db(), assignment.id)).rejects.toThrow(new NotFoundError(NO_REFERENCE_MAP));
  });
});
