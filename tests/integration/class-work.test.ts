import Papa from "papaparse";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { classWork, classWorkForExport } from "@/lib/classroom/class-work";
import { classWorkCsv } from "@/lib/classroom/class-work-csv";
import { classWorkW3C } from "@/lib/classroom/class-work-w3c";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { ZClassWorkFilter, type ClassWorkFilterInput } from "@/lib/validation/classroom";
import { JsonTestSuite, type AssertionOutcome } from "../unit/w3c/jsontest-harness";
import { W3C_SUITE } from "../unit/w3c/suite-location";
import { annotate, sampleDocument } from "./support/annotation-factories";
import { insertCourse, insertCourseMember } from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const FORMULA = '=HYPERLINK("http://evil.example","x")';

/**
 * A course on the sample article: Zoë and Ann are students, Rémy was a
 * student until removed, a teaching assistant and the teacher annotate too,
 * and a student of another course annotates the same (public) reading.
 */
async function classOnTheSample(db: Db) {
  const teacher = await createUser(db, "Tess Teacher");
  const assistant = await createUser(db, "Tad Assistant");
  const zoe = await createUser(db, "Zoë Müller, Jr.");
  const ann = await createUser(db, 'Ann "Quote" Lee');
  const remy = await createUser(db, "Rémy Removed");
  const outsider = await createUser(db, "Olga Outsider");
  const document = await sampleDocument(db);
  const course = await insertCourse(db, teacher.id);
  await insertCourseMember(db, course.id, assistant.id, "assistant");
  for (const student of [zoe, ann, remy]) await insertCourseMember(db, course.id, student.id, "student");
  const other = await insertCourse(db, outsider.id, "Another course");
  const assignment = await db.assignment.create({
    data: {
      courseId: course.id,
      documentId: document.id,
      title: "Read, map",
      dueAt: new Date("2026-03-01T12:00:00Z"),
      createdById: teacher.id,
    },
  });
  const otherAssignment = await db.assignment.create({
    data: { courseId: other.id, documentId: document.id, title: "Theirs", dueAt: new Date(), createdById: outsider.id },
  });

  const zoeClaim = await annotate(db, zoe.id, document, "the", {
    kind: "claim",
    comment: 'Patrons, artists; and "taste" — l\'été',
    tags: ["été", "a,b"],
    occurrence: 1,
  });
  const zoePrivate = await annotate(db, zoe.id, document, "the", {
    kind: "evidence",
    comment: FORMULA,
    visibility: "private",
    occurrence: 2,
  });
  const annObjection = await annotate(db, ann.id, document, "the", {
    kind: "objection",
    comment: "Not so",
    visibility: "everyone",
    occurrence: 3,
  });
  const annDeleted = await annotate(db, ann.id, document, "the", { kind: "claim", occurrence: 4 });
  const remyNote = await annotate(db, remy.id, document, "the", {
    kind: "note",
    visibility: "everyone",
    occurrence: 5,
  });
  const teacherNote = await annotate(db, teacher.id, document, "the", {
    kind: "question",
    visibility: "everyone",
    occurrence: 6,
  });
  const outsiderClaim = await annotate(db, outsider.id, document, "the", {
    kind: "claim",
    visibility: "everyone",
    occurrence: 7,
  });
  // Ann answers Zoë and the teacher's question; Zoë answers the outsider (not the class's thread).
  await addReply(db, ann.id, annObjection.id, { body: "Ann to herself" });
  await addReply(db, ann.id, teacherNote.id, { body: "Ann answers the teacher, =1+1" });
  await addReply(db, zoe.id, outsiderClaim.id, { body: "Zoë to an outsider" });
  await deleteAnnotation(db, ann.id, annDeleted.id);
  // Then a teacher removes Rémy: his work stays for grading.
  await db.courseMember.updateMany({
    where: { courseId: course.id, userId: remy.id },
    data: { removedAt: new Date() },
  });

  // Dates: Zoë's claim on 10 Feb, her private evidence just after midnight on 21 Feb in Berlin (still 20 Feb in UTC), the rest now.
  await db.annotation.update({ where: { id: zoeClaim.id }, data: { createdAt: new Date("2026-02-10T10:00:00Z") } });
  await db.annotation.update({ where: { id: zoePrivate.id }, data: { createdAt: new Date("2026-02-20T23:30:00Z") } });

  return {
    users: { teacher, assistant, zoe, ann, remy, outsider },
    course,
    assignment,
    otherAssignment,
    annotations: { zoeClaim, zoePrivate, annObjection, annDeleted, remyNote, teacherNote, outsiderClaim },
  };
}

type World = Awaited<ReturnType<typeof classOnTheSample>>;

describe(`the class's work on an assignment's reading (${DATABASE_KIND})`, () => {
  const db = useTestDb();
  let world: World;
  const list = (filter: ClassWorkFilterInput = {}, userId = world.users.teacher.id, page = {}) =>
    classWork(db(), userId, world.assignment.id, ZClassWorkFilter.parse(filter), page);
  const ids = async (filter: ClassWorkFilterInput = {}, userId?: string) =>
    (await list(filter, userId)).items.map((item) => item.id);

  // The database is emptied before each test (useTestDb), so each builds the class again.
  beforeEach(async () => {
    world = await classOnTheSample(db());
  });

  it("lists every student's annotation that is not deleted, private ones too, oldest first, with replies threaded", async () => {
    const { annotations: a } = world;
    const work = await list();
    expect(work.items.map((item) => item.id)).toEqual([
      a.zoeClaim.id,
      a.zoePrivate.id,
      a.annObjection.id,
      a.remyNote.id,
      a.teacherNote.id, // only because Ann, a student, replied to it
    ]);
    expect(work.items.find((item) => item.id === a.zoePrivate.id)?.visibility).toBe("private");
    expect(work.items.find((item) => item.id === a.teacherNote.id)?.replies.map((reply) => reply.body)).toEqual([
      "Ann answers the teacher, =1+1",
    ]);
    expect(work.items[0]?.author).toMatchObject({ name: "Zoë Müller, Jr.", role: "student", removed: false });
    expect(work.nextCursor).toBeNull();
  });

  it("keeps a removed student's work, marked removed, and offers them in the student list", async () => {
    const work = await list({ student: world.users.remy.id });
    expect(work.items.map((item) => item.id)).toEqual([world.annotations.remyNote.id]);
    expect(work.items[0]?.author.removed).toBe(true);
    expect(work.students.map((student) => [student.name, student.removed])).toEqual([
      ['Ann "Quote" Lee', false],
      ["Rémy Removed", true],
      ["Zoë Müller, Jr.", false],
    ]);
  });

  it("filters by student: their annotations and the class's threads they replied to, never an outsider's", async () => {
    const { annotations: a, users } = world;
    expect(await ids({ student: users.zoe.id })).toEqual([a.zoeClaim.id, a.zoePrivate.id]);
    expect(await ids({ student: users.ann.id })).toEqual([a.annObjection.id, a.teacherNote.id]);
    expect(await ids({ student: users.outsider.id })).toEqual([]);
  });

  it("filters by kind, and by student and kind together", async () => {
    const { annotations: a, users } = world;
    expect(await ids({ kind: "objection" })).toEqual([a.annObjection.id]);
    expect(await ids({ kind: "claim" })).toEqual([a.zoeClaim.id]);
    expect(await ids({ student: users.zoe.id, kind: "evidence" })).toEqual([a.zoePrivate.id]);
    expect(await ids({ student: users.ann.id, kind: "claim" })).toEqual([]);
  });

  it("filters by dates: a bare day is a whole day in the course's time zone (Berlin), instants as given", async () => {
    const { annotations: a } = world;
    // 20 Feb 23:30 UTC is 00:30 on 21 Feb in Berlin.
    expect(await ids({ from: "2026-02-21", to: "2026-02-21" })).toEqual([a.zoePrivate.id]);
    expect(await ids({ from: "2026-02-20", to: "2026-02-20" })).toEqual([]);
    expect(await ids({ from: "2026-02-01", to: "2026-02-28" })).toEqual([a.zoeClaim.id, a.zoePrivate.id]);
    expect(await ids({ to: "2026-02-15" })).toEqual([a.zoeClaim.id]);
    expect(await ids({ from: "2026-02-21T01:00:00+01:00", to: "2026-02-28" })).toEqual([]);
    expect(await ids({ from: "2026-02-21T00:30:00+01:00", to: "2026-02-28" })).toEqual([a.zoePrivate.id]);
    await expect(list({ from: "2026-02-20", to: "2026-02-10" })).rejects.toThrow(InvalidInputError);
  });

  it("adds the staff's own annotations only when asked", async () => {
    const { annotations: a, users } = world;
    await annotate(db(), users.assistant.id, await sampleDocument(db()), "the", { kind: "note", occurrence: 9 });
    const withStaff = await ids({ staff: "include", kind: "note" });
    expect(withStaff).toHaveLength(2);
    expect(withStaff[0]).toBe(a.remyNote.id);
    expect(await ids({ kind: "note" })).toEqual([a.remyNote.id]);
  });

  it("pages by cursor, a bounded number of annotations per call", async () => {
    const first = await list({}, world.users.teacher.id, { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await list({}, world.users.teacher.id, { limit: 2, cursor: first.nextCursor! });
    const third = await list({}, world.users.teacher.id, { limit: 2, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items].map((item) => item.id)).toEqual(await ids());
    expect(third.nextCursor).toBeNull();
  });

  it("is for staff: the assistant sees it, a student gets 403, another course's teacher and a stranger 404", async () => {
    const { users } = world;
    expect((await list({}, users.assistant.id)).items.length).toBeGreaterThan(0);
    await expect(list({}, users.zoe.id)).rejects.toThrow(ForbiddenError);
    await expect(list({}, users.remy.id)).rejects.toThrow(NotFoundError);
    await expect(list({}, users.outsider.id)).rejects.toThrow(NotFoundError);
    const stranger = await createUser(db(), "Stranger");
    await expect(list({}, stranger.id)).rejects.toThrow(NotFoundError);
    await expect(
      classWork(db(), users.teacher.id, world.otherAssignment.id, ZClassWorkFilter.parse({})),
    ).rejects.toThrow(NotFoundError);
  });

  it("exports a CSV that parses back: accents, commas, quotes kept, formulae defused, replies as rows", async () => {
    const work = await classWorkForExport(
      db(),
      world.users.teacher.id,
      world.assignment.id,
      ZClassWorkFilter.parse({}),
    );
    const csv = classWorkCsv(work);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      "Type",
      "Student",
      "Email",
      "Kind",
      "Quote",
      "Comment",
      "Tags",
      "Visibility",
      "Created (Europe/Berlin)",
      "Replies",
    ]);
    const zoeEmail = (await db().user.findUniqueOrThrow({ where: { id: world.users.zoe.id } })).email;
    expect(rows[1]).toEqual([
      "annotation",
      "Zoë Müller, Jr.",
      zoeEmail,
      "claim",
      "the",
      'Patrons, artists; and "taste" — l\'été',
      "été, a,b",
      "private",
      "2026-02-10 11:00:00",
      "0",
    ]);
    expect(rows[2]?.[5]).toBe(`'${FORMULA}`);
    expect(rows[2]?.[7]).toBe("private");
    const replyRows = rows.filter((row) => row[0] === "reply");
    expect(replyRows.map((row) => [row[1], row[5], row[3]])).toEqual([
      ['Ann "Quote" Lee', "Ann to herself", "objection"],
      ['Ann "Quote" Lee', "Ann answers the teacher, =1+1", "question"],
    ]);
    expect(rows.filter((row) => row[0] === "annotation")).toHaveLength(work.items.length);
  });

  describe("the JSON-LD export", () => {
    let suite: JsonTestSuite;
    beforeAll(() => {
      suite = new JsonTestSuite(W3C_SUITE);
    });
    const failures = (outcomes: AssertionOutcome[]) => outcomes.filter((outcome) => outcome.status !== "pass");

    it("passes the W3C Web Annotation MUST checks: the collection, its page and every item", async () => {
      const work = await classWorkForExport(db(), world.users.teacher.id, world.assignment.id, {
        ...ZClassWorkFilter.parse({}),
        student: world.users.ann.id,
      });
      const url = `https://warrant.example.org/api/assignments/${world.assignment.id}/class-work.jsonld?student=x`;
      const collection = classWorkW3C(work, "https://warrant.example.org", url);
      expect(collection.id).toBe(url);
      // Ann's objection, her reply to it, the teacher's question, her reply to that.
      expect(collection.first.items.map((item) => item.motivation)).toEqual([
        "commenting",
        "replying",
        "classifying",
        "replying",
      ]);
      expect(failures(suite.runTestFile("collections/collectionMusts.test", collection))).toEqual([]);
      expect(failures(suite.runTestFile("collections/pages/pageMusts.test", collection))).toEqual([]);
      for (const item of collection.first.items) {
        expect(failures(suite.runTestFile("annotations/annotationMusts.test", item))).toEqual([]);
      }
    });
  });

  it("refuses filters that are not dates, kinds or user ids, naming them (the routes' 400)", () => {
    for (const bad of [{ from: "yesterday" }, { to: "2026-13-01" }, { kind: "rant" }, { student: "zoe" }, { x: "1" }]) {
      expect(ZClassWorkFilter.safeParse(bad).success).toBe(false);
    }
    expect(ZClassWorkFilter.parse({ from: "2026-02-01", to: "2026-02-01T10:00:00Z" }).staff).toBe("exclude");
  });
});
