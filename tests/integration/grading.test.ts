import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { addFeedbackComment } from "@/lib/classroom/add-feedback-comment";
import { attachRubric } from "@/lib/classroom/attach-rubric";
import { createRubric } from "@/lib/classroom/create-rubric";
import { deleteFeedbackComment } from "@/lib/classroom/delete-feedback-comment";
import { getAssignment } from "@/lib/classroom/get-assignment";
import { gradeBook } from "@/lib/classroom/grade-book";
import { gradeBookCsv } from "@/lib/classroom/grade-book-csv";
import { gradeSubmission } from "@/lib/classroom/grade-submission";
import { listFeedbackComments } from "@/lib/classroom/list-feedback-comments";
import { listRubrics } from "@/lib/classroom/list-rubrics";
import { releaseGrades } from "@/lib/classroom/release-grades";
import { releasedResultFor } from "@/lib/classroom/released-result";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { ZGrade, ZRubricCreate } from "@/lib/validation/classroom";
import {
  insertAssignment,
  insertCourse,
  insertCourseMember,
  insertSubmission,
  snapshotOf,
} from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const RUBRIC = ZRubricCreate.parse({
  title: "Argument map",
  criteria: [
    {
      id: "claims",
      title: "Finds the claims",
      levels: [
        { id: "none", label: "Missing", points: 0 },
        { id: "some", label: "Some", points: 2 },
        { id: "all", label: "All", points: 4 },
      ],
    },
    {
      id: "structure",
      title: "Relates them right",
      levels: [
        { id: "weak", label: "Weak", points: 1 },
        { id: "strong", label: "Strong", points: 6 },
      ],
    },
  ],
});

const ANNOTATION_ID = "6f1c2f4e-2b1a-4c4e-9a53-1f2b3c4d5e6f";

/** A course with a teacher, a teaching assistant and two students, one assignment both submitted. */
async function gradingWorld(db: Db) {
  const teacher = await createUser(db, "Teacher");
  const assistant = await createUser(db, "Assistant");
  const zoe = await createUser(db, "Zoë Müller, Jr.");
  const quoted = await createUser(db, 'Ann "Quote" Lee');
  const course = await insertCourse(db, teacher.id, "Rhétorique, 1");
  await insertCourseMember(db, course.id, assistant.id, "assistant");
  await insertCourseMember(db, course.id, zoe.id, "student");
  await insertCourseMember(db, course.id, quoted.id, "student");
  const assignment = await insertAssignment(db, course.id, teacher.id, { title: "Week 1, reading" });
  const zoeWork = await insertSubmission(db, assignment.id, zoe.id, snapshotOf([ANNOTATION_ID], ["n1", "n2"]));
  const quotedWork = await insertSubmission(db, assignment.id, quoted.id);
  return { teacher, assistant, zoe, quoted, course, assignment, zoeWork, quotedWork };
}

const grade = (input: unknown) => ZGrade.parse(input);

describe(`grading on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("grades without a rubric: score and feedback saved with who graded and when; grading again replaces them", async () => {
    const { assistant, teacher, zoeWork } = await gradingWorld(db());
    const first = await gradeSubmission(db(), assistant.id, zoeWork.id, grade({ score: 7.5, feedback: "Good map." }));
    expect(first).toMatchObject({ score: 7.5, feedback: "Good map.", gradedById: assistant.id });
    await gradeSubmission(db(), teacher.id, zoeWork.id, grade({ score: 8, feedback: "Better." }));
    const saved = await db().submission.findUniqueOrThrow({ where: { id: zoeWork.id } });
    expect(saved).toMatchObject({ score: 8, feedback: "Better.", gradedById: teacher.id });
    expect(saved.gradedAt).toBeInstanceOf(Date);
  });

  it("refuses rubric levels on an assignment without a rubric", async () => {
    const { teacher, zoeWork } = await gradingWorld(db());
    await expect(
      gradeSubmission(db(), teacher.id, zoeWork.id, grade({ score: 1, rubric: { claims: "all" } })),
    ).rejects.toThrow(/has no rubric/);
  });

  it("grades with the course's rubric: levels kept, a level or criterion not in it is 400 naming it, a score over its maximum is 400", async () => {
    const { teacher, assignment, course, zoeWork } = await gradingWorld(db());
    const rubric = await createRubric(db(), teacher.id, course.id, RUBRIC);
    expect(rubric.maxPoints).toBe(10);
    await attachRubric(db(), teacher.id, assignment.id, rubric.id);

    await gradeSubmission(
      db(),
      teacher.id,
      zoeWork.id,
      grade({ score: 10, rubric: { claims: "all", structure: "strong" } }),
    );
    expect((await db().submission.findUniqueOrThrow({ where: { id: zoeWork.id } })).rubricLevels).toEqual({
      claims: "all",
      structure: "strong",
    });

    const badLevel = gradeSubmission(
      db(),
      teacher.id,
      zoeWork.id,
      grade({ score: 2, rubric: { structure: "perfect" } }),
    );
    await expect(badLevel).rejects.toBeInstanceOf(InvalidInputError);
    await expect(badLevel).rejects.toThrow(/"Relates them right" has no level "perfect"/);
    await expect(
      gradeSubmission(db(), teacher.id, zoeWork.id, grade({ score: 2, rubric: { style: "good" } })),
    ).rejects.toThrow(/no criterion "style"/);
    const over = gradeSubmission(db(), teacher.id, zoeWork.id, grade({ score: 10.5, rubric: { claims: "all" } }));
    await expect(over).rejects.toThrow(/at most 10 points/);
    // Nothing of the refused grades was saved.
    expect(await db().submission.findUniqueOrThrow({ where: { id: zoeWork.id } })).toMatchObject({
      score: 10,
      rubricLevels: { claims: "all", structure: "strong" },
    });
  });

  it("rubrics: listed for staff, reusable on another assignment, never one of another course", async () => {
    const { teacher, assistant, course } = await gradingWorld(db());
    const rubric = await createRubric(db(), teacher.id, course.id, RUBRIC);
    expect((await listRubrics(db(), assistant.id, course.id)).map((r) => r.id)).toEqual([rubric.id]);
    const second = await insertAssignment(db(), course.id, teacher.id, { title: "Week 2" });
    await expect(attachRubric(db(), teacher.id, second.id, rubric.id)).resolves.toEqual({
      id: second.id,
      rubricId: rubric.id,
    });
    const otherCourse = await insertCourse(db(), teacher.id, "Another course");
    const foreign = await createRubric(db(), teacher.id, otherCourse.id, RUBRIC);
    await expect(attachRubric(db(), teacher.id, second.id, foreign.id)).rejects.toThrow(/no such rubric/);
    await expect(
      createRubric(db(), teacher.id, course.id, {
        ...RUBRIC,
        criteria: [RUBRIC.criteria[0]!, { ...RUBRIC.criteria[1]!, id: "claims" }],
      }),
    ).rejects.toThrow(/two criteria have the id "claims"/);
  });

  it("a feedback comment is seen by its student only, and only once grades are released", async () => {
    const { teacher, assistant, zoe, quoted, assignment } = await gradingWorld(db());
    const onAnnotation = await addFeedbackComment(db(), assistant.id, assignment.id, {
      studentId: zoe.id,
      annotationId: ANNOTATION_ID,
      body: "This is the main claim.",
    });
    await addFeedbackComment(db(), teacher.id, assignment.id, {
      studentId: zoe.id,
      mapNodeId: "n2",
      body: "Reversed.",
    });
    await expect(
      addFeedbackComment(db(), teacher.id, assignment.id, { studentId: zoe.id, mapNodeId: "n9", body: "?" }),
    ).rejects.toThrow(/not in the student's submitted map/);

    expect(await listFeedbackComments(db(), zoe.id, assignment.id)).toEqual([]);
    expect(await listFeedbackComments(db(), teacher.id, assignment.id, zoe.id)).toHaveLength(2);
    expect(await listFeedbackComments(db(), teacher.id, assignment.id, quoted.id)).toEqual([]);

    await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: false, undo: false });
    const seen = await listFeedbackComments(db(), zoe.id, assignment.id);
    expect(seen.map((comment) => comment.body)).toEqual(["This is the main claim.", "Reversed."]);
    expect(seen[0]).toMatchObject({ id: onAnnotation.id, annotationId: ANNOTATION_ID, author: { name: "Assistant" } });
    expect(await listFeedbackComments(db(), quoted.id, assignment.id)).toEqual([]);
    await expect(listFeedbackComments(db(), quoted.id, assignment.id, zoe.id)).rejects.toBeInstanceOf(ForbiddenError);

    // Only its author deletes it.
    await expect(deleteFeedbackComment(db(), teacher.id, assignment.id, onAnnotation.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await deleteFeedbackComment(db(), assistant.id, assignment.id, onAnnotation.id);
    expect(await listFeedbackComments(db(), zoe.id, assignment.id)).toHaveLength(1);
  });

  it("release is idempotent, can be taken back, and the released result is null before it", async () => {
    const { teacher, zoe, quoted, assignment, course, zoeWork } = await gradingWorld(db());
    const rubric = await createRubric(db(), teacher.id, course.id, RUBRIC);
    await attachRubric(db(), teacher.id, assignment.id, rubric.id);
    await gradeSubmission(
      db(),
      teacher.id,
      zoeWork.id,
      grade({ score: 6, rubric: { claims: "some" }, feedback: "Map the objection." }),
    );
    const load = () => db().assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(await releasedResultFor(db(), await load(), zoe.id)).toBeNull();

    const first = await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: true, undo: false });
    expect(first).toMatchObject({ releaseReferenceMap: true, graded: 1 });
    const again = await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: true, undo: false });
    expect(again.releasedAt).toBe(first.releasedAt);

    expect(await releasedResultFor(db(), await load(), zoe.id)).toMatchObject({
      score: 6,
      feedback: "Map the objection.",
      rubric: {
        title: "Argument map",
        levels: [
          { criterionId: "claims", criterion: "Finds the claims", levelId: "some", label: "Some", points: 2 },
          { criterionId: "structure", levelId: null, label: null, points: null },
        ],
      },
      comments: [],
    });
    expect(await releasedResultFor(db(), await load(), quoted.id)).toMatchObject({ score: null, feedback: "" });

    const undone = await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: false, undo: true });
    expect(undone).toMatchObject({ releasedAt: null, releaseReferenceMap: false });
    expect(await releasedResultFor(db(), await load(), zoe.id)).toBeNull();
  });

  it("GET /api/assignments/{id} gives a student their released result (null before release), staff none", async () => {
    const { teacher, zoe, assignment, zoeWork } = await gradingWorld(db());
    await gradeSubmission(db(), teacher.id, zoeWork.id, grade({ score: 9, feedback: "Clear." }));
    await addFeedbackComment(db(), teacher.id, assignment.id, { studentId: zoe.id, mapNodeId: "n1", body: "Yes." });
    expect((await getAssignment(db(), zoe.id, assignment.id)).result).toBeNull();
    await releaseGrades(db(), teacher.id, assignment.id, { showReferenceMap: false, undo: false });
    expect((await getAssignment(db(), zoe.id, assignment.id)).result).toMatchObject({
      score: 9,
      feedback: "Clear.",
      rubric: null,
      comments: [{ body: "Yes.", mapNodeId: "n1" }],
    });
    expect((await getAssignment(db(), teacher.id, assignment.id)).result).toBeNull();
  });

  it("grade book CSV: BOM, header, one row per student not removed, quoted names with accents and commas, empty where ungraded, a total", async () => {
    const { teacher, zoe, quoted, course, assignment, zoeWork, quotedWork } = await gradingWorld(db());
    const second = await insertAssignment(db(), course.id, teacher.id, {
      title: "Week 2",
      dueAt: new Date(assignment.dueAt.getTime() + 24 * 3600 * 1000),
    });
    const removed = await createUser(db(), "Removed Student");
    await insertCourseMember(db(), course.id, removed.id, "student", { removed: true });
    await insertSubmission(db(), assignment.id, removed.id);
    await gradeSubmission(db(), teacher.id, zoeWork.id, grade({ score: 8.5 }));
    await gradeSubmission(
      db(),
      teacher.id,
      (await insertSubmission(db(), second.id, zoe.id)).id,
      grade({ score: 9.25 }),
    );
    void quotedWork; // submitted, not graded: an empty cell

    const csv = gradeBookCsv(await gradeBook(db(), teacher.id, course.id));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain('"Zoë Müller, Jr."');
    expect(csv).toContain('"Ann ""Quote"" Lee"');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["Name", "Email", "Week 1, reading", "Week 2", "Total"],
      ['Ann "Quote" Lee', quoted.email, "", "", "0"],
      ["Zoë Müller, Jr.", zoe.email, "8.5", "9.25", "17.75"],
    ]);
  });

  it("grade book CSV defuses a name a spreadsheet would run as a formula", async () => {
    const { teacher, course } = await gradingWorld(db());
    const prankster = await createUser(db(), '=HYPERLINK("http://evil.example","x")');
    await insertCourseMember(db(), course.id, prankster.id, "student");
    const rows = Papa.parse<string[]>(gradeBookCsv(await gradeBook(db(), teacher.id, course.id)).slice(1)).data;
    expect(rows.map((row) => row[0])).toContain(`'=HYPERLINK("http://evil.example","x")`);
  });
});
