import { describe, expect, it } from "vitest";
import { addFeedbackComment } from "@/lib/classroom/add-feedback-comment";
import { gradingView } from "@/lib/classroom/grading-view";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  insertAssignment,
  insertCourse,
  insertCourseMember,
  insertSubmission,
  snapshotOf,
} from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { graphOf, makeMap, statement } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`grading view on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  async function classWithSubmissions() {
    const teacher = await createUser(db(), "Tess Teacher");
    const course = await insertCourse(db(), teacher.id);
    const rubric = await db().rubric.create({
      data: {
        courseId: course.id,
        title: "Reading",
        createdById: teacher.id,
        criteria: [{ id: "depth", title: "Depth", levels: [{ id: "good", label: "Good", points: 4 }] }],
      },
    });
    const assignment = await insertAssignment(db(), course.id, teacher.id, { rubricId: rubric.id });
    const [zoe, amy, bob] = [
      await createUser(db(), "Zoe"),
      await createUser(db(), "Amy"),
      await createUser(db(), "Bob"),
    ];
    for (const student of [zoe, amy, bob]) await insertCourseMember(db(), course.id, student.id, "student");
    const annotationId = crypto.randomUUID();
    await insertSubmission(db(), assignment.id, amy.id, snapshotOf([annotationId], ["n1"]), 90);
    return { teacher, course, assignment, zoe, amy, bob, annotationId };
  }

  it("opens on the first student by name and gives their snapshot, lateness, the rubric and the comments on their work", async () => {
    const { teacher, assignment, amy, bob, zoe, annotationId } = await classWithSubmissions();
    await addFeedbackComment(db(), teacher.id, assignment.id, { studentId: amy.id, annotationId, body: "Good catch" });

    const first = await gradingView(db(), teacher.id, assignment.id, null);
    expect(first.students.map((student) => [student.name, student.status])).toEqual([
      ["Amy", "late"],
      ["Bob", "not started"],
      ["Zoe", "not started"],
    ]);
    expect(first.student).toMatchObject({ studentId: amy.id, name: "Amy" });
    expect(first.submission).toMatchObject({ lateSeconds: 90, score: null, attempt: 1 });
    expect(first.submission!.snapshot.annotations.map((annotation) => annotation.id)).toEqual([annotationId]);
    expect(first.submission!.snapshot.map!.graph.nodes.map((node) => node.id)).toEqual(["n1"]);
    expect(first.rubric).toMatchObject({ title: "Reading", criteria: [{ id: "depth" }] });
    expect(first.comments.map((comment) => [comment.annotationId, comment.body])).toEqual([
      [annotationId, "Good catch"],
    ]);
    expect(typeof first.document.plainText).toBe("string");
    expect(first.autoFeedback).toBeNull(); // no reference map
    expect(first.canRelease).toBe(true);

    const unsubmitted = await gradingView(db(), teacher.id, assignment.id, bob.id);
    expect(unsubmitted.student).toMatchObject({ studentId: bob.id });
    expect(unsubmitted.submission).toBeNull();
    expect(unsubmitted.comments).toEqual([]);
    expect((await gradingView(db(), teacher.id, assignment.id, zoe.id)).student!.name).toBe("Zoe");
  });

  it("compares the submitted map with the reference map when the assignment has one", async () => {
    const { teacher, assignment, amy, bob } = await classWithSubmissions();
    const reference = await makeMap(db(), teacher.id, assignment.documentId, {
      graph: graphOf([statement("r1", "Statement n1")]),
    });
    await db().assignment.update({ where: { id: assignment.id }, data: { referenceMapId: reference.id } });
    const view = await gradingView(db(), teacher.id, assignment.id, amy.id);
    expect(view.assignment.hasReferenceMap).toBe(true);
    expect(view.autoFeedback).toMatchObject({ studentId: amy.id, statements: { found: 1, missed: 0, extra: 0 } });
    expect((await gradingView(db(), teacher.id, assignment.id, bob.id)).autoFeedback).toBeNull(); // not submitted
  });

  it("refuses students (403), outsiders (404) and a student who is not on the roster (404)", async () => {
    const { assignment, amy, teacher } = await classWithSubmissions();
    const stranger = await createUser(db(), "Stranger");
    await expect(gradingView(db(), amy.id, assignment.id, amy.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(gradingView(db(), stranger.id, assignment.id, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(gradingView(db(), teacher.id, assignment.id, stranger.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(gradingView(db(), teacher.id, assignment.id, teacher.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
