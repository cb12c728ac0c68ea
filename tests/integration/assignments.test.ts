import { afterEach, describe, expect, it, vi } from "vitest";
import { validate } from "@/app/api/_lib/handle-route";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { createAssignment } from "@/lib/classroom/create-assignment";
import { createCourse } from "@/lib/classroom/create-course";
import { getAssignment } from "@/lib/classroom/get-assignment";
import { joinCourse } from "@/lib/classroom/join-course";
import { listAssignments, listMyAssignments } from "@/lib/classroom/list-assignments";
import { listSubmissions } from "@/lib/classroom/list-submissions";
import { submitAssignment } from "@/lib/classroom/submit-assignment";
import { readableDocument } from "@/lib/documents/readable-document";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { ZAssignmentCreate, ZSubmissionSnapshot, type AssignmentCreate } from "@/lib/validation/classroom";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { annotationNode, graphOf, inference, makeMap, statement } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const HOUR = 3_600_000;

describe(`assignments and submissions on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  afterEach(() => vi.useRealTimers());

  /** A teacher's course in Berlin time with one student who joined by its code, and a private reading of the teacher's. */
  async function classroom() {
    const teacher = await createUser(db(), "Teacher Tess");
    const student = await createUser(db(), "Student Sam");
    const course = await createCourse(db(), teacher.id, { name: "Rhetoric 101", timeZone: "Europe/Berlin" });
    await joinCourse(db(), student.id, course.joinCode);
    const document = await privateDocument(db(), teacher.id);
    return { teacher, student, course, document };
  }

  function input(documentId: string, fields: Partial<AssignmentCreate> = {}): AssignmentCreate {
    return ZAssignmentCreate.parse({
      documentId,
      title: "Map the argument",
      instructions: "Find the **main claim**.",
      dueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      latePolicy: "accept",
      mode: "individual",
      requirements: { annotations: { count: 2 }, map: { reasons: 1 } },
      ...fields,
    });
  }

  /** Sets the due date (and more) directly: the API refuses dates in the past only through the student's clock. */
  const moveDates = (
    id: string,
    data: { dueAt?: Date; lateUntil?: Date | null; latePolicy?: "accept" | "refuse" | "until" },
  ) => db().assignment.update({ where: { id }, data });

  const errorOf = async (call: Promise<unknown>) =>
    call.then(
      () => null,
      (error: unknown) => error,
    );

  it("refuses bad input naming the field", () => {
    const base = {
      documentId: crypto.randomUUID(),
      title: "T",
      dueAt: "2026-03-29T23:59:00+02:00",
      latePolicy: "accept",
      mode: "individual",
    };
    const fieldOf = (body: object) => {
      try {
        validate(ZAssignmentCreate, body);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as InvalidInputError).field;
      }
    };
    expect(fieldOf(base)).toBeNull();
    expect(fieldOf({ ...base, title: "  " })).toBe("title");
    expect(fieldOf({ ...base, dueAt: "2026-03-29T23:59" })).toBe("dueAt");
    expect(fieldOf({ ...base, latePolicy: "sometimes" })).toBe("latePolicy");
    expect(fieldOf({ ...base, opensAt: "2026-03-30T00:00:00Z" })).toBe("opensAt");
    expect(fieldOf({ ...base, latePolicy: "until" })).toBe("lateUntil");
    expect(fieldOf({ ...base, requirements: { annotations: { count: 0 } } })).toBe("requirements.annotations.count");
    expect(fieldOf({ ...base, referenceMapId: "nope" })).toBe("referenceMapId");
  });

  it("refuses a reference map that is not the teacher's on that document, and a rubric of another course", async () => {
    const { teacher, student, course, document } = await classroom();
    const theirs = await makeMap(db(), student.id, (await sampleDocument(db())).id);
    const error = await errorOf(
      createAssignment(db(), teacher.id, course.id, input(document.id, { referenceMapId: theirs.id })),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("referenceMapId");
    const other = await createCourse(db(), teacher.id, { name: "Other" });
    const rubric = await db().rubric.create({
      data: { courseId: other.id, title: "R", criteria: [], createdById: teacher.id },
    });
    const rubricError = await errorOf(
      createAssignment(db(), teacher.id, course.id, input(document.id, { rubricId: rubric.id })),
    );
    expect((rubricError as InvalidInputError).field).toBe("rubricId");
    expect(await db().assignment.count()).toBe(0);
  });

  it("404s a document the teacher cannot read, 403s a student creating one, and saves nothing", async () => {
    const { teacher, student, course } = await classroom();
    const stranger = await createUser(db(), "Stranger");
    const hidden = await privateDocument(db(), stranger.id);
    expect(await errorOf(createAssignment(db(), teacher.id, course.id, input(hidden.id)))).toBeInstanceOf(
      NotFoundError,
    );
    const sample = await sampleDocument(db());
    expect(await errorOf(createAssignment(db(), student.id, course.id, input(sample.id)))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db().assignment.count()).toBe(0);
    expect(await db().documentShare.count()).toBe(0);
  });

  it("shares a private reading with the course as Commenter; the sample (shared with everyone) is not shared again", async () => {
    const { teacher, student, course, document } = await classroom();
    await expect(readableDocument(db(), student.id, document.id)).rejects.toBeInstanceOf(NotFoundError);
    const assignment = await createAssignment(db(), teacher.id, course.id, input(document.id));
    expect(assignment).toMatchObject({
      title: "Map the argument",
      course: { id: course.id, timeZone: "Europe/Berlin" },
    });
    expect(assignment.dueText).toMatch(/\(Europe\/Berlin\)$/);
    expect((await readableDocument(db(), student.id, document.id, "annotate")).role).toBe("commenter");
    const sample = await sampleDocument(db());
    await createAssignment(db(), teacher.id, course.id, input(sample.id));
    expect(await db().documentShare.count({ where: { documentId: sample.id } })).toBe(0);
  });

  it("a student sees it with status and checklist; before it opens, or from another course, it is 404", async () => {
    const { teacher, student, course, document } = await classroom();
    const open = await createAssignment(db(), teacher.id, course.id, input(document.id));
    const later = await createAssignment(
      db(),
      teacher.id,
      course.id,
      input(document.id, { title: "Later", opensAt: new Date(Date.now() + 2 * HOUR).toISOString() }),
    );
    const seen = await getAssignment(db(), student.id, open.id);
    expect(seen.student).toMatchObject({ status: "not started", submission: null });
    expect(seen.student?.checklist.map((line) => [line.key, line.have, line.need, line.done])).toEqual([
      ["annotations", 0, 2, false],
      ["map", 0, 1, false],
    ]);
    await expect(getAssignment(db(), student.id, later.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAssignment(db(), student.id, later.id, null)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getAssignment(db(), teacher.id, later.id)).student).toBeNull();
    expect((await listAssignments(db(), student.id, course.id)).map((a) => a.title)).toEqual(["Map the argument"]);
    expect((await listAssignments(db(), teacher.id, course.id)).map((a) => a.title).sort()).toEqual([
      "Later",
      "Map the argument",
    ]);

    const outsider = await createUser(db(), "Other course");
    const otherCourse = await createCourse(db(), teacher.id, { name: "Other course" });
    await joinCourse(db(), outsider.id, otherCourse.joinCode);
    await expect(getAssignment(db(), outsider.id, open.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAssignment(db(), outsider.id, open.id, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listSubmissions(db(), outsider.id, open.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMyAssignments(db(), outsider.id)).toEqual([]);
  });

  it("a student calling listSubmissions gets 403; the teacher gets the list", async () => {
    const { teacher, student, course, document } = await classroom();
    const assignment = await createAssignment(db(), teacher.id, course.id, input(document.id));
    await expect(listSubmissions(db(), student.id, assignment.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitAssignment(db(), teacher.id, assignment.id, null)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listSubmissions(db(), teacher.id, assignment.id)).toEqual([]);
  });

  it("submitting freezes the student's annotations, replies and map; later edits do not change it; resubmitting replaces it", async () => {
    const { teacher, student, course, document } = await classroom();
    const assignment = await createAssignment(db(), teacher.id, course.id, input(document.id));
    const claim = await annotate(db(), student.id, document, "rhetorical posturing", { kind: "claim" });
    const reason = await annotate(db(), student.id, document, "phone interview", { kind: "evidence" });
    const classmate = await createUser(db(), "Classmate Cleo");
    await joinCourse(db(), classmate.id, course.joinCode);
    const theirs = await annotate(db(), classmate.id, document, "knows who the boss is", {
      visibility: "group",
      groupId: course.groupId,
    });
    await addReply(db(), student.id, theirs.id, { body: "Is this the main claim?" });
    const map = await makeMap(db(), student.id, document.id, {
      title: "Sam's map",
      graph: graphOf([annotationNode("c", claim), annotationNode("r", reason)], [inference("a", "c", ["r"])]),
    });
    const progress = await getAssignment(db(), student.id, assignment.id);
    expect(progress.student?.status).toBe("in progress");
    expect(progress.student?.checklist.every((line) => line.done)).toBe(true);
    expect(progress.student?.maps.map((m) => m.id)).toEqual([map.id]);

    const first = await submitAssignment(db(), student.id, assignment.id, map.id);
    expect(first).toMatchObject({ attempt: 1, lateSeconds: 0, late: false, mapId: map.id });
    const stored = await db().submission.findUniqueOrThrow({ where: { id: first.id } });
    const frozen = ZSubmissionSnapshot.parse(stored.snapshot);
    expect(frozen.annotations.map((a) => a.id).sort()).toEqual([claim.id, reason.id].sort());
    expect(frozen.map?.graph.nodes.map((n) => n.id)).toEqual(["c", "r"]);
    expect(frozen.replies).toEqual([
      expect.objectContaining({ annotationId: theirs.id, toAuthorId: classmate.id, body: "Is this the main claim?" }),
    ]);

    // Later edits: an annotation deleted, another added, the map's graph changed.
    await deleteAnnotation(db(), student.id, reason.id);
    await annotate(db(), student.id, document, "two nations", { kind: "note" });
    await db().argumentMap.update({
      where: { id: map.id },
      data: { graph: graphOf([statement("x", "Something else")]) },
    });
    const after = await db().submission.findUniqueOrThrow({ where: { id: first.id } });
    expect(after.snapshot).toEqual(stored.snapshot);
    expect((await getAssignment(db(), student.id, assignment.id)).student).toMatchObject({
      status: "submitted",
      submission: { id: first.id, attempt: 1, lateSeconds: 0 },
    });

    const second = await submitAssignment(db(), student.id, assignment.id, null);
    expect(second).toMatchObject({ id: first.id, attempt: 2, mapId: null });
    const resubmitted = ZSubmissionSnapshot.parse(
      (await db().submission.findUniqueOrThrow({ where: { id: first.id } })).snapshot,
    );
    expect(resubmitted.map).toBeNull();
    expect(resubmitted.annotations.map((a) => a.kind).sort()).toEqual(["claim", "note"]);
    expect(await db().submission.count()).toBe(1);

    const member = await db().courseMember.findFirstOrThrow({ where: { courseId: course.id, userId: student.id } });
    expect(member.lastActiveAt?.toISOString()).toBe(second.submittedAt);
    expect(await listSubmissions(db(), teacher.id, assignment.id)).toEqual([
      expect.objectContaining({
        id: first.id,
        student: { id: student.id, name: "Student Sam" },
        attempt: 2,
        late: false,
      }),
    ]);
  });

  it("refuses a map that is not the student's own on the reading (400), saving nothing", async () => {
    const { teacher, student, course, document } = await classroom();
    const assignment = await createAssignment(db(), teacher.id, course.id, input(document.id));
    const teachers = await makeMap(db(), teacher.id, document.id);
    const error = await errorOf(submitAssignment(db(), student.id, assignment.id, teachers.id));
    expect((error as InvalidInputError).field).toBe("mapId");
    expect(await db().submission.count()).toBe(0);
  });

  it("refuse-late: after the due date it is 409 with the reason and nothing is saved, not even a resubmission", async () => {
    const { teacher, student, course, document } = await classroom();
    const assignment = await createAssignment(
      db(),
      teacher.id,
      course.id,
      input(document.id, { latePolicy: "refuse" }),
    );
    await submitAssignment(db(), student.id, assignment.id, null);
    const before = await db().submission.findFirstOrThrow();
    await moveDates(assignment.id, { dueAt: new Date("2026-03-29T21:59:00Z") });
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-29T21:59:01Z") });
    const error = await errorOf(submitAssignment(db(), student.id, assignment.id, null));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      "The due date (Sun, 29 Mar 2026, 23:59 (Europe/Berlin)) has passed; this assignment does not take late work",
    );
    expect(await db().submission.findFirstOrThrow()).toEqual(before);
  });

  it("accept: late by exactly one second is lateSeconds 1, shown as late; on the second itself it is on time", async () => {
    const { teacher, student, course, document } = await classroom();
    const assignment = await createAssignment(db(), teacher.id, course.id, input(document.id));
    const due = new Date("2026-11-01T05:30:00Z");
    await moveDates(assignment.id, { dueAt: due });
    vi.useFakeTimers({ toFake: ["Date"], now: due });
    expect(await submitAssignment(db(), student.id, assignment.id, null)).toMatchObject({
      lateSeconds: 0,
      late: false,
    });
    vi.setSystemTime(due.getTime() + 1_000);
    expect(await submitAssignment(db(), student.id, assignment.id, null)).toMatchObject({
      lateSeconds: 1,
      late: true,
      attempt: 2,
    });
    expect((await getAssignment(db(), student.id, assignment.id)).student?.status).toBe("late");
    expect(await listSubmissions(db(), teacher.id, assignment.id)).toEqual([
      expect.objectContaining({ late: true, lateSeconds: 1 }),
    ]);
  });

  it("until: late work is taken (marked late) until lateUntil, then 409", async () => {
    const { teacher, student, course, document } = await classroom();
    const assignment = await createAssignment(db(), teacher.id, course.id, input(document.id));
    const due = new Date("2026-12-01T12:00:00Z");
    await moveDates(assignment.id, { dueAt: due, latePolicy: "until", lateUntil: new Date(due.getTime() + 2 * HOUR) });
    vi.useFakeTimers({ toFake: ["Date"], now: due.getTime() + HOUR });
    expect(await submitAssignment(db(), student.id, assignment.id, null)).toMatchObject({ lateSeconds: 3_600 });
    vi.setSystemTime(due.getTime() + 2 * HOUR + 1);
    const error = await errorOf(submitAssignment(db(), student.id, assignment.id, null));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/^Late work was taken until Tue, 1 Dec 2026, 15:00 \(Europe\/Berlin\)/);
    expect((await db().submission.findFirstOrThrow()).attempt).toBe(1);
  });

  it("My assignments lists every course's assignments with the student's status", async () => {
    const { teacher, student, course, document } = await classroom();
    const second = await createCourse(db(), teacher.id, { name: "Logic", timeZone: "Pacific/Auckland" });
    await joinCourse(db(), student.id, second.joinCode);
    await createAssignment(db(), teacher.id, course.id, input(document.id, { title: "First" }));
    await createAssignment(
      db(),
      teacher.id,
      second.id,
      input((await sampleDocument(db())).id, {
        title: "Second",
        dueAt: new Date(Date.now() + 48 * HOUR).toISOString(),
      }),
    );
    const mine = await listMyAssignments(db(), student.id);
    expect(mine.map((a) => [a.title, a.course.name, a.student?.status])).toEqual([
      ["First", "Rhetoric 101", "not started"],
      ["Second", "Logic", "not started"],
    ]);
    expect(mine[1]?.dueText).toMatch(/\(Pacific\/Auckland\)$/);
  });
});
