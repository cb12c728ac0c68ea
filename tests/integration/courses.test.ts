import { describe, expect, it } from "vitest";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { signUp } from "@/lib/auth/sign-up";
import { addCourseMember } from "@/lib/classroom/add-course-member";
import { disableJoinCode, regenerateJoinCode } from "@/lib/classroom/course-join-code";
import { createCourse } from "@/lib/classroom/create-course";
import { getCourse } from "@/lib/classroom/get-course";
import { importRoster } from "@/lib/classroom/import-roster";
import { randomJoinCode, uniqueJoinCode } from "@/lib/classroom/join-code";
import { joinCourse, NO_SUCH_JOIN_CODE, REMOVED_FROM_COURSE } from "@/lib/classroom/join-course";
import { listCourses } from "@/lib/classroom/list-courses";
import { removeCourseMember } from "@/lib/classroom/remove-course-member";
import { setCourseMemberRole } from "@/lib/classroom/set-course-member-role";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { getGroup } from "@/lib/groups/get-group";
import { COURSE_GROUP_REFUSAL } from "@/lib/groups/group-access";
import { listMaps } from "@/lib/maps/list-maps";
import { JOIN_CODE, ZCourseJoin } from "@/lib/validation/classroom";
import { annotate, privateDocument } from "./support/annotation-factories";
import { createUser, TEST_PASSWORD } from "./support/factories";
import { makeMap, rejectionOf } from "./support/map-factories";
import { share } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const code = (text: string) => ZCourseJoin.parse({ code: text }).code;

describe(`courses on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** A course made by a new teacher: the teacher, the course, and the staff's view of it. */
  async function newCourse(name = "Rhetoric 101") {
    const teacher = await createUser(db(), "Teacher");
    const course = await createCourse(db(), teacher.id, { name, timeZone: "Europe/Berlin" });
    return { teacher, course };
  }

  const roster = async (userId: string, courseId: string) =>
    (await getCourse(db(), userId, courseId)).staff!.members.map((m) => [m.name, m.email, m.role, m.invited]);

  it("makes its creator the teacher and the owner of the group underneath, with a join code", async () => {
    const { teacher, course } = await newCourse();
    expect(course).toMatchObject({ name: "Rhetoric 101", timeZone: "Europe/Berlin", role: "teacher" });
    expect(course.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(course.joinPath).toBe(`/join/${course.joinCode}`);
    const group = await db().group.findUniqueOrThrow({ where: { id: course.groupId }, include: { members: true } });
    expect(group.members.map((m) => [m.userId, m.role])).toEqual([[teacher.id, "owner"]]);
    expect(await listCourses(db(), teacher.id)).toEqual([
      expect.objectContaining({ id: course.id, name: "Rhetoric 101", role: "teacher", members: 1, nextDue: null }),
    ]);
    const other = await createCourse(db(), teacher.id, { name: "Logic" });
    expect(other.joinCode).not.toBe(course.joinCode);
    expect(other.timeZone).toBe("UTC");
  });

  it("draws join codes from JOIN_CODE's alphabet and draws again when one is taken", async () => {
    const { course } = await newCourse();
    const draws = [course.joinCode, course.joinCode, "NEWC0DE2".replace("0", "Q")];
    expect(await uniqueJoinCode(db(), () => draws.shift()!)).toBe("NEWCQDE2");
    expect(draws).toEqual([]);
    for (let i = 0; i < 200; i += 1) expect(randomJoinCode()).toMatch(JOIN_CODE);
  });

  it("lets a student join by code, in any case and with dashes, once: joining again changes nothing", async () => {
    const { teacher, course } = await newCourse();
    const student = await createUser(db(), "Student");
    const typed = `${course.joinCode.slice(0, 4).toLowerCase()}-${course.joinCode.slice(4)}`;
    expect(await joinCourse(db(), student.id, code(typed))).toEqual({
      id: course.id,
      name: "Rhetoric 101",
      role: "student",
    });
    expect(await joinCourse(db(), student.id, course.joinCode)).toMatchObject({ role: "student" });
    expect(await db().courseMember.count({ where: { courseId: course.id } })).toBe(2);
    expect(await db().groupMember.count({ where: { groupId: course.groupId, userId: student.id } })).toBe(1);
    expect(await roster(teacher.id, course.id)).toEqual([
      ["Teacher", teacher.email, "teacher", false],
      ["Student", student.email, "student", false],
    ]);
    // Students see the course's name and their own role, not the roster or the code.
    expect(await getCourse(db(), student.id, course.id)).toMatchObject({
      name: "Rhetoric 101",
      role: "student",
      staff: null,
    });
  });

  it("refuses a turned-off or unknown code with 404, and a new code makes the old one stop working", async () => {
    const { teacher, course } = await newCourse();
    const [early, late] = [await createUser(db(), "Early"), await createUser(db(), "Late")];
    await joinCourse(db(), early.id, course.joinCode);
    const renewed = await regenerateJoinCode(db(), teacher.id, course.id);
    expect(renewed.joinCode).not.toBe(course.joinCode);
    const old = await rejectionOf(joinCourse(db(), late.id, course.joinCode));
    expect(old).toBeInstanceOf(NotFoundError);
    expect((old as Error).message).toBe(NO_SUCH_JOIN_CODE);
    await joinCourse(db(), late.id, renewed.joinCode);

    await disableJoinCode(db(), teacher.id, course.id);
    expect((await getCourse(db(), teacher.id, course.id)).staff).toMatchObject({ joinCode: null, joinPath: null });
    const latest = await createUser(db(), "Latest");
    expect(await rejectionOf(joinCourse(db(), latest.id, renewed.joinCode))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(joinCourse(db(), latest.id, "ABCDEFGH"))).toBeInstanceOf(NotFoundError);
    // Turning joining off leaves everyone who joined where they are.
    expect((await listCourses(db(), early.id)).map((c) => c.id)).toEqual([course.id]);
  });

  it("holds a place added by email until someone signs up with it, with the role given", async () => {
    const { teacher, course } = await newCourse();
    const known = await createUser(db(), "Known");
    const added = await addCourseMember(db(), teacher.id, course.id, { email: known.email, role: "assistant" });
    const pending = await addCourseMember(db(), teacher.id, course.id, {
      email: "later@example.org",
      role: "student",
      name: "Later Person",
    });
    // The answer never tells whether the email has an account.
    expect({ ...added.member, id: "", email: "", role: "" }).toEqual({
      ...pending.member,
      id: "",
      email: "",
      role: "",
    });
    expect(added.created && pending.created).toBe(true);
    expect((await addCourseMember(db(), teacher.id, course.id, { email: known.email, role: "student" })).created).toBe(
      false,
    );
    expect(await roster(teacher.id, course.id)).toEqual([
      ["Teacher", teacher.email, "teacher", false],
      ["Known", known.email, "assistant", true],
      ["Later Person", "later@example.org", "student", true],
    ]);
    expect(await listCourses(db(), known.id)).toEqual([expect.objectContaining({ role: "assistant" })]);

    const later = await signUp(db(), { name: "Later", email: "later@example.org", password: TEST_PASSWORD });
    expect(await getCourse(db(), later.id, course.id)).toMatchObject({ role: "student", staff: null });
    expect(await db().groupMember.count({ where: { groupId: course.groupId, userId: later.id } })).toBe(1);
    expect(await roster(teacher.id, course.id)).toContainEqual(["Later", "later@example.org", "student", false]);
  });

  it("imports a roster CSV all or nothing, with quoted names, accents and per-line errors", async () => {
    const { teacher, course } = await newCourse();
    const bad =
      'name,email,role\n"Müller, Zoë",zoe@example.org,student\nBob,not-an-email,student\nÉlodie,elodie@example.org,dean\n';
    const refused = await rejectionOf(importRoster(db(), teacher.id, course.id, bad));
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as Error).message.split("\n")).toEqual([
      "csv: 2 problems; nothing was imported",
      "line 3: email: Enter a valid email address",
      'line 4: role: "dean" is not a role: use teacher, assistant or student',
    ]);
    expect(await db().courseMember.count({ where: { courseId: course.id } })).toBe(1);

    const good =
      'name,email,role\n"Müller, Zoë",zoe@example.org,student\nBob,bob@example.org,student\nÉlodie,elodie@example.org,TA\n';
    expect(await importRoster(db(), teacher.id, course.id, good)).toEqual({ added: 3, alreadyOnRoster: 0 });
    expect(await importRoster(db(), teacher.id, course.id, good)).toEqual({ added: 0, alreadyOnRoster: 3 });
    expect(await roster(teacher.id, course.id)).toEqual([
      ["Teacher", teacher.email, "teacher", false],
      ["Élodie", "elodie@example.org", "assistant", true],
      ["Bob", "bob@example.org", "student", true],
      ["Müller, Zoë", "zoe@example.org", "student", true],
    ]);
    const duplicate = await rejectionOf(
      importRoster(db(), teacher.id, course.id, "Ann,ann@example.org,student\nAnn Again,ANN@example.org,student"),
    );
    expect((duplicate as Error).message).toContain("line 2: email: ann@example.org is already on line 1");
    const many = Array.from({ length: 25 }, (_, i) => `P${i},p${i}@,student`).join("\n");
    const listed = ((await rejectionOf(importRoster(db(), teacher.id, course.id, many))) as Error).message.split("\n");
    expect(listed[0]).toBe("csv: 25 problems; nothing was imported");
    expect(listed.slice(-2)).toEqual(["line 20: email: Enter a valid email address", "… and 5 more"]);
    expect(await db().groupMember.count({ where: { groupId: course.groupId } })).toBe(4);
  });

  it("changes roles and always keeps a teacher", async () => {
    const { teacher, course } = await newCourse();
    const other = await createUser(db(), "Other");
    await addCourseMember(db(), teacher.id, course.id, { email: other.email, role: "student" });
    const members = (await getCourse(db(), teacher.id, course.id)).staff!.members;
    const self = members.find((m) => m.userId === teacher.id)!;
    const them = members.find((m) => m.userId === other.id)!;

    // One at a time: started together, the second could be refused while the
    // first is awaited, an unhandled rejection that fails the run.
    for (const lastTeacher of [
      () => setCourseMemberRole(db(), teacher.id, course.id, self.id, "student"),
      () => removeCourseMember(db(), teacher.id, course.id, self.id),
    ]) {
      const refused = await rejectionOf(lastTeacher());
      expect(refused).toBeInstanceOf(ForbiddenError);
      expect((refused as Error).message).toMatch(/needs a teacher/);
    }
    await setCourseMemberRole(db(), teacher.id, course.id, them.id, "teacher");
    expect(await db().groupMember.findFirst({ where: { groupId: course.groupId, userId: other.id } })).toMatchObject({
      role: "owner",
    });
    await setCourseMemberRole(db(), teacher.id, course.id, self.id, "assistant");
    expect((await getCourse(db(), teacher.id, course.id)).role).toBe("assistant");
    expect(await rejectionOf(setCourseMemberRole(db(), teacher.id, course.id, self.id, "teacher"))).toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("keeps the course's group in step with the roster: the Groups pages cannot change it", async () => {
    const { teacher, course } = await newCourse();
    const refused = await rejectionOf(addGroupMember(db(), teacher.id, course.groupId, "x@example.org"));
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as Error).message).toBe(COURSE_GROUP_REFUSAL);
    // Its page on Groups offers no managing, and points to the course.
    expect(await getGroup(db(), teacher.id, course.groupId)).toMatchObject({ canManage: false, courseId: course.id });
  });

  it("removes a student: they lose the course and cannot rejoin by code; their work is hidden from peers, not from the teacher", async () => {
    const { teacher, course } = await newCourse();
    const [leaving, peer] = [await createUser(db(), "Leaving"), await createUser(db(), "Peer")];
    await joinCourse(db(), leaving.id, course.joinCode);
    await joinCourse(db(), peer.id, course.joinCode);
    const reading = await privateDocument(db(), teacher.id);
    await share(db(), teacher.id, reading.id, { groupId: course.groupId, role: "commenter" });
    const shared = await annotate(db(), leaving.id, reading, "rhetorical posturing", {
      visibility: "group",
      groupId: course.groupId,
    });
    const own = await annotate(db(), leaving.id, reading, "phone interview", { visibility: "private" });
    const peers = await annotate(db(), peer.id, reading, "inflection point", {
      visibility: "group",
      groupId: course.groupId,
    });
    const map = await makeMap(db(), leaving.id, reading.id, { visibility: "group", groupId: course.groupId });
    const ids = async (userId: string) => (await listAnnotations(db(), userId, reading.id)).map((a) => a.id).sort();
    expect(await ids(peer.id)).toEqual([shared.id, peers.id].sort());
    expect((await listMaps(db(), peer.id, reading.id)).map((m) => m.id)).toContain(map.id);

    const member = (await getCourse(db(), teacher.id, course.id)).staff!.members.find((m) => m.userId === leaving.id)!;
    await removeCourseMember(db(), teacher.id, course.id, member.id);

    expect(await ids(peer.id)).toEqual([peers.id]);
    expect((await listMaps(db(), peer.id, reading.id)).map((m) => m.id)).not.toContain(map.id);
    expect(await ids(teacher.id)).toEqual([shared.id, peers.id].sort());
    expect((await listAnnotations(db(), teacher.id, reading.id)).find((a) => a.id === shared.id)?.hidden).toBe(true);
    // Their work stays: the rows are there, and their own private note is untouched.
    expect(await db().annotation.count({ where: { authorId: leaving.id, deletedAt: null } })).toBe(2);
    expect((await db().annotation.findUniqueOrThrow({ where: { id: own.id } })).hiddenAt).toBeNull();

    expect(await rejectionOf(getCourse(db(), leaving.id, course.id))).toBeInstanceOf(NotFoundError);
    expect(await listCourses(db(), leaving.id)).toEqual([]);
    expect(await rejectionOf(listAnnotations(db(), leaving.id, reading.id))).toBeInstanceOf(NotFoundError);
    const rejoin = await rejectionOf(joinCourse(db(), leaving.id, course.joinCode));
    expect(rejoin).toBeInstanceOf(ForbiddenError);
    expect((rejoin as Error).message).toBe(REMOVED_FROM_COURSE);
    expect((await getCourse(db(), teacher.id, course.id)).staff!.members.map((m) => m.userId)).not.toContain(
      leaving.id,
    );
    // A teacher may add them back.
    await addCourseMember(db(), teacher.id, course.id, { email: leaving.email, role: "student" });
    expect(await getCourse(db(), leaving.id, course.id)).toMatchObject({ role: "student" });
  });
});
