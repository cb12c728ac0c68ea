import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { assignmentOverview } from "@/lib/classroom/assignment-overview";
import type { Db, Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { CourseRole } from "@/lib/auth/permissions";
import type { Requirements, SubmissionSnapshot } from "@/lib/validation/classroom";
import { annotate, sampleDocument } from "./support/annotation-factories";
import { insertCourse, insertCourseMember } from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { graphOf, inference, makeMap, rebuttal, statement } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const DUE = new Date("2026-03-01T12:00:00Z");

/** The teacher's reference map; the snapshots below submit the same one. */
const REFERENCE_GRAPH = graphOf(
  [
    statement("a", "Patronage bends the work to the patron's taste"),
    statement("b", "Artists depend on their patrons' money"),
  ],
  [inference("i", "a", ["b"])],
);

/** A course with a teacher and an assignment on the sample article (readable by all, so students can annotate it). */
async function courseWithAssignment(db: Db, requirements: Requirements = {}) {
  const teacher = await createUser(db, "Tess Teacher");
  const document = await sampleDocument(db);
  const course = await insertCourse(db, teacher.id);
  const assignment = await db.assignment.create({
    data: {
      courseId: course.id,
      documentId: document.id,
      title: "Read and map",
      dueAt: DUE,
      createdById: teacher.id,
      requirements,
    },
  });
  return { teacher, document, course, assignment };
}

async function enrol(db: Db, courseId: string, user: { id: string }, role: CourseRole, removed = false) {
  await insertCourseMember(db, courseId, user.id, role, { removed });
}

function snapshotWithKinds(
  kinds: SubmissionSnapshot["annotations"][number]["kind"][],
  comment = "",
): SubmissionSnapshot {
  return {
    annotations: kinds.map((kind, i) => ({
      id: crypto.randomUUID(),
      kind,
      exact: "x",
      start: i,
      end: i + 1,
      comment,
      tags: [],
      createdAt: DUE.toISOString(),
    })),
    replies: [],
    map: {
      id: crypto.randomUUID(),
      title: "Submitted",
      graph: REFERENCE_GRAPH,
    },
  };
}

/** Wraps a client so every Prisma operation, raw queries included, is counted. */
function countingClient(db: Db) {
  const counter = { queries: 0 };
  const client = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        counter.queries += 1;
        return query(args);
      },
    },
  });
  return { client: client as unknown as Tx, counter };
}

describe(`assignment overview on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("has one row per student on the roster with status, lateness, counts, links, replies and words", async () => {
    const { teacher, document, course, assignment } = await courseWithAssignment(db(), {
      annotations: { count: 2 },
      links: 2,
      replies: 1,
    });
    const never = await createUser(db(), "Ann Never");
    const working = await createUser(db(), "Bea Working");
    const late = await createUser(db(), "Cal Late");
    const graded = await createUser(db(), "Dee Graded");
    const removed = await createUser(db(), "Rem Removed");
    for (const student of [never, working, late, graded]) await enrol(db(), course.id, student, "student");
    await enrol(db(), course.id, removed, "student", true);
    await db().courseMember.create({
      data: { courseId: course.id, email: "pending@example.org", name: "Pat Pending", role: "student" },
    });

    // Bea works live: two claims and an evidence with a three-word comment, a map with three links.
    await annotate(db(), working.id, document, "the", { kind: "claim", occurrence: 1 });
    await annotate(db(), working.id, document, "the", { kind: "claim", occurrence: 3 });
    await annotate(db(), working.id, document, "the", {
      kind: "evidence",
      occurrence: 5,
      comment: "three words  here",
    });
    await makeMap(db(), working.id, document.id, {
      graph: graphOf(
        [statement("c", "C"), statement("p", "P"), statement("q", "Q"), statement("o", "O")],
        [inference("i", "c", ["p", "q"])],
        [rebuttal("r", "o", "c")],
      ),
    });
    // Cal annotated live too, but submitted late: the overview shows the snapshot.
    const calsLive = await annotate(db(), late.id, document, "the", {
      kind: "objection",
      occurrence: 7,
      visibility: "everyone",
    });
    await addReply(db(), working.id, calsLive.id, { body: "I disagree with this one" });
    await addReply(db(), late.id, calsLive.id, { body: "Fair" });
    await db().submission.create({
      data: {
        assignmentId: assignment.id,
        studentId: late.id,
        snapshot: snapshotWithKinds(["objection", "question", "question"], "two words"),
        submittedAt: new Date(DUE.getTime() + 3_600_000),
        lateSeconds: 3_600,
      },
    });
    await db().submission.create({
      data: {
        assignmentId: assignment.id,
        studentId: graded.id,
        snapshot: snapshotWithKinds(["premise"]),
        submittedAt: new Date(DUE.getTime() - 60_000),
        score: 8.5,
        gradedAt: new Date(),
        gradedById: teacher.id,
      },
    });

    const reference = await makeMap(db(), teacher.id, document.id, { graph: REFERENCE_GRAPH });
    await db().assignment.update({ where: { id: assignment.id }, data: { referenceMapId: reference.id } });

    const overview = await assignmentOverview(db(), teacher.id, assignment.id);
    expect(overview.assignment).toMatchObject({
      id: assignment.id,
      title: "Read and map",
      dueAt: DUE.toISOString(),
      timeZone: "Europe/Berlin",
      hasReferenceMap: true,
    });
    const byName = Object.fromEntries(overview.students.map((row) => [row.name, row]));
    expect(Object.keys(byName).sort()).toEqual(["Ann Never", "Bea Working", "Cal Late", "Dee Graded", "Pat Pending"]);

    expect(byName["Ann Never"]).toMatchObject({
      studentId: never.id,
      status: "not started",
      submittedAt: null,
      lateSeconds: null,
      source: "live",
      annotations: { claim: 0, premise: 0, evidence: 0, objection: 0, question: 0, note: 0 },
      totalAnnotations: 0,
      links: 0,
      repliesGiven: 0,
      repliesReceived: 0,
      words: 0,
      score: null,
      autoScore: null,
    });
    expect(byName["Pat Pending"]).toMatchObject({ studentId: null, status: "not started", totalAnnotations: 0 });
    expect(byName["Bea Working"]).toMatchObject({
      studentId: working.id,
      status: "in progress",
      source: "live",
      annotations: { claim: 2, evidence: 1, objection: 0 },
      totalAnnotations: 3,
      links: 3,
      repliesGiven: 1,
      repliesReceived: 0,
      words: 3 + 5,
    });
    expect(byName["Cal Late"]).toMatchObject({
      status: "late",
      lateSeconds: 3_600,
      submittedAt: new Date(DUE.getTime() + 3_600_000).toISOString(),
      source: "snapshot",
      annotations: { objection: 1, question: 2, claim: 0 },
      totalAnnotations: 3,
      links: 1,
      repliesReceived: 1,
      words: 3 * 2,
    });
    // Cal's submitted map is the reference's, word for word.
    expect(byName["Cal Late"]!.autoScore).toBe(100);
    expect(byName["Bea Working"]!.autoScore).toBeNull();
    const progress = (name: string) =>
      byName[name]!.requirements.map((line) => `${line.key} ${line.have}/${line.need}`);
    expect(progress("Ann Never")).toEqual(["annotations 0/2", "links 0/2", "replies 0/1"]);
    expect(progress("Bea Working")).toEqual(["annotations 2/2", "links 2/2", "replies 1/1"]);
    expect(progress("Cal Late")).toEqual(["annotations 2/2", "links 1/2", "replies 0/1"]);
    expect(byName["Dee Graded"]).toMatchObject({ status: "graded", lateSeconds: 0, score: 8.5, totalAnnotations: 1 });
  });

  it("is for the course's staff: a student gets 403, a stranger 404; only teachers may release", async () => {
    const { teacher, course, assignment } = await courseWithAssignment(db());
    const student = await createUser(db(), "Stu Dent");
    const assistant = await createUser(db(), "Tia Assistant");
    const stranger = await createUser(db(), "Stranger");
    await enrol(db(), course.id, student, "student");
    await enrol(db(), course.id, assistant, "assistant");
    await expect(assignmentOverview(db(), student.id, assignment.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignmentOverview(db(), stranger.id, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
    const asAssistant = await assignmentOverview(db(), assistant.id, assignment.id);
    expect(asAssistant.students).toEqual([expect.objectContaining({ name: "Stu Dent" })]);
    expect(asAssistant.canRelease).toBe(false);
    expect((await assignmentOverview(db(), teacher.id, assignment.id)).canRelease).toBe(true);
  });

  it("asks the database the same number of times for 3 students as for 40", async () => {
    const { teacher, document, course, assignment } = await courseWithAssignment(db());
    const reference = await makeMap(db(), teacher.id, document.id, { graph: graphOf([statement("a", "A")]) });
    await db().assignment.update({ where: { id: assignment.id }, data: { referenceMapId: reference.id } });
    const queriesFor = async () => {
      const { client, counter } = countingClient(db());
      const overview = await assignmentOverview(client, teacher.id, assignment.id);
      return { queries: counter.queries, rows: overview.students.length };
    };
    const addStudents = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const student = await createUser(db(), `Student ${i}`);
        await enrol(db(), course.id, student, "student");
        await annotate(db(), student.id, document, "the", { kind: "claim", occurrence: i, comment: "a b" });
        if (i % 2 === 0) {
          await db().submission.create({
            data: {
              assignmentId: assignment.id,
              studentId: student.id,
              snapshot: snapshotWithKinds(["note"]),
              submittedAt: DUE,
            },
          });
        }
      }
    };
    await addStudents(3);
    const few = await queriesFor();
    await addStudents(37);
    const many = await queriesFor();
    expect(few.rows).toBe(3);
    expect(many.rows).toBe(40);
    expect(many.queries).toBe(few.queries);
    expect(few.queries).toBeLessThanOrEqual(16);
  });
});
