import { describe, expect, it } from "vitest";
import { addFeedbackComment } from "@/lib/classroom/add-feedback-comment";
import { attachRubric } from "@/lib/classroom/attach-rubric";
import { createRubric } from "@/lib/classroom/create-rubric";
import { deleteFeedbackComment } from "@/lib/classroom/delete-feedback-comment";
import { gradeBook } from "@/lib/classroom/grade-book";
import { gradeSubmission } from "@/lib/classroom/grade-submission";
import { listFeedbackComments } from "@/lib/classroom/list-feedback-comments";
import { listRubrics } from "@/lib/classroom/list-rubrics";
import { releaseGrades } from "@/lib/classroom/release-grades";
import type { Db } from "@/lib/db/client";
import { ZGrade, ZRubricCreate } from "@/lib/validation/classroom";
import {
  insertAssignment,
  insertCourse,
  insertCourseMember,
  insertSubmission,
  snapshotOf,
} from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { outcomeOf, type Outcome } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const RUBRIC = ZRubricCreate.parse({
  title: "Rubric",
  criteria: [{ id: "c", title: "Claims", levels: [{ id: "l", label: "Found", points: 5 }] }],
});

/**
 * A course with a teacher, a teaching assistant, a student who submitted, a
 * removed student; a student of another course; a stranger.
 */
async function world(db: Db) {
  const [teacher, assistant, student, removed, otherStudent, stranger] = await Promise.all(
    ["Teacher", "Assistant", "Student", "Removed", "Other student", "Stranger"].map((name) => createUser(db, name)),
  );
  const course = await insertCourse(db, teacher.id);
  await insertCourseMember(db, course.id, assistant.id, "assistant");
  await insertCourseMember(db, course.id, student.id, "student");
  await insertCourseMember(db, course.id, removed.id, "student", { removed: true });
  const otherCourse = await insertCourse(db, (await createUser(db, "Other teacher")).id, "Another course");
  await insertCourseMember(db, otherCourse.id, otherStudent.id, "student");
  const assignment = await insertAssignment(db, course.id, teacher.id);
  const submission = await insertSubmission(db, assignment.id, student.id, snapshotOf([], ["n1"]));
  const users = { teacher, assistant, student, otherStudent, removed, stranger };
  return { users, course, assignment, submission };
}
type World = Awaited<ReturnType<typeof world>>;
type Actor = keyof World["users"];

/** Every grading use case (one per route and method) as `userId` calls it. */
const ROUTES: Record<string, (db: Db, w: World, userId: string) => Promise<unknown>> = {
  "PUT /api/submissions/{id}/grade": (db, w, userId) =>
    gradeSubmission(db, userId, w.submission.id, ZGrade.parse({ score: 4 })),
  "POST /api/courses/{id}/rubrics": (db, w, userId) => createRubric(db, userId, w.course.id, RUBRIC),
  "GET /api/courses/{id}/rubrics": (db, w, userId) => listRubrics(db, userId, w.course.id),
  "PATCH /api/assignments/{id} (rubricId)": async (db, w, userId) => {
    const rubric = await createRubric(db, w.users.teacher.id, w.course.id, RUBRIC);
    return attachRubric(db, userId, w.assignment.id, rubric.id);
  },
  "POST /api/assignments/{id}/feedback-comments": (db, w, userId) =>
    addFeedbackComment(db, userId, w.assignment.id, { studentId: w.users.student.id, mapNodeId: "n1", body: "Good." }),
  "GET /api/assignments/{id}/feedback-comments": (db, w, userId) => listFeedbackComments(db, userId, w.assignment.id),
  "DELETE /api/assignments/{id}/feedback-comments/{commentId} (the teacher's)": async (db, w, userId) => {
    const comment = await addFeedbackComment(db, w.users.teacher.id, w.assignment.id, {
      studentId: w.users.student.id,
      body: "Overall: good.",
    });
    return deleteFeedbackComment(db, userId, w.assignment.id, comment.id);
  },
  "POST /api/assignments/{id}/release": (db, w, userId) =>
    releaseGrades(db, userId, w.assignment.id, { showReferenceMap: false, undo: false }),
  "DELETE /api/assignments/{id}/release": (db, w, userId) =>
    releaseGrades(db, userId, w.assignment.id, { showReferenceMap: false, undo: true }),
  "GET /api/courses/{id}/grades and grades.csv": (db, w, userId) => gradeBook(db, userId, w.course.id),
};

const NF = "not found" as const;
const F = "forbidden" as const;
/** Outsiders: a student of another course, a removed student and a stranger all get 404 everywhere. */
const OUTSIDER = Object.fromEntries(Object.keys(ROUTES).map((route) => [route, NF])) as Record<string, Outcome>;

const EXPECTED: Record<Actor, Record<string, Outcome>> = {
  teacher: Object.fromEntries(Object.keys(ROUTES).map((route) => [route, "ok"])) as Record<string, Outcome>,
  assistant: {
    "PUT /api/submissions/{id}/grade": "ok",
    "POST /api/courses/{id}/rubrics": F,
    "GET /api/courses/{id}/rubrics": "ok",
    "PATCH /api/assignments/{id} (rubricId)": F,
    "POST /api/assignments/{id}/feedback-comments": "ok",
    "GET /api/assignments/{id}/feedback-comments": "ok",
    "DELETE /api/assignments/{id}/feedback-comments/{commentId} (the teacher's)": F,
    "POST /api/assignments/{id}/release": F,
    "DELETE /api/assignments/{id}/release": F,
    "GET /api/courses/{id}/grades and grades.csv": "ok",
  },
  student: {
    ...(Object.fromEntries(Object.keys(ROUTES).map((route) => [route, F])) as Record<string, Outcome>),
    // Their own comments (none before release): the one grading route a student may call.
    "GET /api/assignments/{id}/feedback-comments": "ok",
  },
  otherStudent: OUTSIDER,
  removed: OUTSIDER,
  stranger: OUTSIDER,
};

describe(`grading permissions on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  for (const actor of Object.keys(EXPECTED) as Actor[]) {
    it(`${actor} × every grading route`, async () => {
      const w = await world(db());
      const outcomes: Record<string, Outcome> = {};
      for (const [route, call] of Object.entries(ROUTES)) {
        outcomes[route] = await outcomeOf(call(db(), w, w.users[actor].id));
      }
      expect(outcomes).toEqual(EXPECTED[actor]);
    });
  }

  it("a student sees their own comments only after release, and never a classmate's", async () => {
    const w = await world(db());
    const classmate = await createUser(db(), "Classmate");
    await insertCourseMember(db(), w.course.id, classmate.id, "student");
    await addFeedbackComment(db(), w.users.teacher.id, w.assignment.id, {
      studentId: w.users.student.id,
      body: "Mine.",
    });
    expect(await listFeedbackComments(db(), w.users.student.id, w.assignment.id)).toEqual([]);
    await releaseGrades(db(), w.users.teacher.id, w.assignment.id, { showReferenceMap: false, undo: false });
    expect((await listFeedbackComments(db(), w.users.student.id, w.assignment.id)).map((c) => c.body)).toEqual([
      "Mine.",
    ]);
    expect(await listFeedbackComments(db(), classmate.id, w.assignment.id)).toEqual([]);
    expect(await outcomeOf(listFeedbackComments(db(), classmate.id, w.assignment.id, w.users.student.id))).toBe(F);
  });

  it("a student of the course gets 404 for everything before the assignment opens, staff do not", async () => {
    const w = await world(db());
    const later = await insertAssignment(db(), w.course.id, w.users.teacher.id, {
      opensAt: new Date(Date.now() + 24 * 3600 * 1000),
      dueAt: new Date(Date.now() + 48 * 3600 * 1000),
    });
    expect(await outcomeOf(listFeedbackComments(db(), w.users.student.id, later.id))).toBe(NF);
    expect(await outcomeOf(listFeedbackComments(db(), w.users.assistant.id, later.id))).toBe("ok");
  });
});
