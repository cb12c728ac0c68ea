import { describe, expect, it } from "vitest";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { addCourseMember } from "@/lib/classroom/add-course-member";
import { createAssignment } from "@/lib/classroom/create-assignment";
import { createCourse } from "@/lib/classroom/create-course";
import { createTeams } from "@/lib/classroom/create-teams";
import { deleteTeam } from "@/lib/classroom/delete-team";
import { joinCourse } from "@/lib/classroom/join-course";
import { removeCourseMember } from "@/lib/classroom/remove-course-member";
import { listTeams, type TeamView } from "@/lib/classroom/list-teams";
import { updateTeam } from "@/lib/classroom/update-team";
import { audienceGroups } from "@/lib/documents/audience-groups";
import { groupFor } from "@/lib/groups/group-access";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { ZAssignmentCreate } from "@/lib/validation/classroom";
import { seededRandom } from "../support/seeded-random";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

// Small groups (issue 10): students of a "groups" assignment work in groups
// the teacher makes by hand or at random, and see their group's work only.
describe(`assignment small groups on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  async function classroom(studentCount: number, mode: "individual" | "groups" = "groups", sample = false) {
    const teacher = await createUser(db(), "Teacher");
    const course = await createCourse(db(), teacher.id, { name: "Rhetoric" });
    const students = [];
    for (let i = 0; i < studentCount; i++) {
      const student = await createUser(db(), `Student ${String(i).padStart(2, "0")}`);
      await joinCourse(db(), student.id, course.joinCode);
      students.push(student);
    }
    const document = sample ? await sampleDocument(db()) : await privateDocument(db(), teacher.id);
    const input = ZAssignmentCreate.parse({
      documentId: document.id,
      title: "Patronage",
      dueAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
      latePolicy: "accept",
      mode,
    });
    const assignment = await createAssignment(db(), teacher.id, course.id, input);
    return { teacher, course, students, document, assignment };
  }

  const exacts = async (userId: string, documentId: string) =>
    (await listAnnotations(db(), userId, documentId)).map((a) => a.target.exact).sort();

  it("random groups of 3 from 10 students: floor(10/3) = 3 groups dealt round, 4/3/3, each student once", async () => {
    const { teacher, students, assignment } = await classroom(10);
    const made = await createTeams(db(), teacher.id, assignment.id, { random: { size: 3 } }, seededRandom(7));
    expect(made.teams.map((t) => [t.name, t.students.length])).toEqual([
      ["Group 1", 4],
      ["Group 2", 3],
      ["Group 3", 3],
    ]);
    const placed = made.teams.flatMap((t) => t.students.map((s) => s.id)).sort();
    expect(placed).toEqual(students.map((s) => s.id).sort());
    expect(made.unassigned).toEqual([]);
    // Seeded: the same deal on another assignment of the same class would be the same; made twice here, refused.
    await expect(createTeams(db(), teacher.id, assignment.id, { random: { size: 3 } })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("teacher-made groups; a student listed twice or a stranger is a 400 and nothing is made", async () => {
    const { teacher, students, assignment } = await classroom(4);
    const [a, b, c, d] = students.map((s) => s.id) as [string, string, string, string];
    const outsider = await createUser(db(), "Outsider");
    await expect(
      createTeams(db(), teacher.id, assignment.id, {
        teams: [
          { name: "Reds", studentIds: [a, b] },
          { name: "Blues", studentIds: [b, c] },
        ],
      }),
    ).rejects.toThrow(`studentIds: ${b} is in two groups`);
    await expect(
      createTeams(db(), teacher.id, assignment.id, { teams: [{ name: "Reds", studentIds: [a, outsider.id] }] }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect((await listTeams(db(), teacher.id, assignment.id)).teams).toEqual([]);

    const made = await createTeams(db(), teacher.id, assignment.id, {
      teams: [
        { name: "Reds", studentIds: [a, b] },
        { name: "Blues", studentIds: [c] },
      ],
    });
    expect(made.teams.map((t) => [t.name, t.audienceName, t.students.map((s) => s.id).sort()])).toEqual([
      ["Blues", "Patronage · Blues", [c]],
      ["Reds", "Patronage · Reds", [a, b].sort()],
    ]);
    expect(made.unassigned.map((s) => s.id)).toEqual([d]);
    // A student sees only their own group; one in none sees none ("Not in a group yet").
    const mine = await listTeams(db(), a, assignment.id);
    expect(mine.teams.map((t) => t.name)).toEqual(["Reds"]);
    expect(mine.unassigned).toEqual([]);
    expect(mine.canEdit).toBe(false);
    expect((await listTeams(db(), d, assignment.id)).teams).toEqual([]);
  });

  it("work made visible to a group is seen by its members and staff, not by another group; moving a student moves what they see", async () => {
    const { teacher, course, students, document, assignment } = await classroom(4);
    const assistant = await createUser(db(), "Assistant");
    await addCourseMember(db(), teacher.id, course.id, { email: assistant.email, role: "assistant" });
    await joinCourse(db(), assistant.id, course.joinCode);
    const [ann, ben, cat, dan] = students;
    const made = await createTeams(db(), teacher.id, assignment.id, {
      teams: [
        { name: "Reds", studentIds: [ann!.id, ben!.id] },
        { name: "Blues", studentIds: [cat!.id, dan!.id] },
      ],
    });
    const reds = made.teams.find((t) => t.name === "Reds")!;
    const blues = made.teams.find((t) => t.name === "Blues")!;
    // The reader offers the group by its full name as an audience.
    expect(
      (await audienceGroups(db(), ann!.id, { id: document.id, visibility: "PRIVATE" })).map((g) => g.name),
    ).toContain("Patronage · Reds");
    expect(
      (await audienceGroups(db(), ann!.id, { id: document.id, visibility: "PRIVATE" })).map((g) => g.name),
    ).not.toContain("Patronage · Blues");

    await annotate(db(), ann!.id, document, "knows who the boss is", { visibility: "group", groupId: reds.groupId });
    await annotate(db(), cat!.id, document, "two nations", { visibility: "group", groupId: blues.groupId });
    // Nobody annotates for a group they are not in.
    await expect(
      annotate(db(), ann!.id, document, "phone interview", { visibility: "group", groupId: blues.groupId }),
    ).rejects.toBeInstanceOf(InvalidInputError);

    expect(await exacts(ben!.id, document.id)).toEqual(["knows who the boss is"]);
    expect(await exacts(dan!.id, document.id)).toEqual(["two nations"]);
    expect(await exacts(teacher.id, document.id)).toEqual(["knows who the boss is", "two nations"]);
    expect(await exacts(assistant.id, document.id)).toEqual(["knows who the boss is", "two nations"]);

    // Dan moves to the Reds: he sees their work now, and no longer the Blues'.
    await updateTeam(db(), teacher.id, assignment.id, reds.id, { studentIds: [ann!.id, ben!.id, dan!.id] });
    expect(await exacts(dan!.id, document.id)).toEqual(["knows who the boss is"]);
    const after = await listTeams(db(), teacher.id, assignment.id);
    expect(after.teams.find((t) => t.name === "Blues")!.students.map((s) => s.id)).toEqual([cat!.id]);
    // Renamed, the reader's audience follows.
    await updateTeam(db(), teacher.id, assignment.id, reds.id, { name: "Crimson" });
    expect(
      (await audienceGroups(db(), ann!.id, { id: document.id, visibility: "PRIVATE" })).map((g) => g.name),
    ).toContain("Patronage · Crimson");
  });

  it("only a teacher of the course changes groups: a student 403, another course's teacher 404; no groups on an individual assignment", async () => {
    const { teacher, course, students, assignment } = await classroom(3);
    const other = await classroom(1);
    const assistant = await createUser(db(), "Assistant");
    await addCourseMember(db(), teacher.id, course.id, { email: assistant.email, role: "assistant" });
    await joinCourse(db(), assistant.id, course.joinCode);
    const random = { random: { size: 2 } };
    await expect(createTeams(db(), students[0]!.id, assignment.id, random)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createTeams(db(), assistant.id, assignment.id, random)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createTeams(db(), other.teacher.id, assignment.id, random)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTeams(db(), other.students[0]!.id, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
    const made = await createTeams(db(), teacher.id, assignment.id, random);
    const team = made.teams[0]!;
    await expect(updateTeam(db(), students[0]!.id, assignment.id, team.id, { name: "Mine" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteTeam(db(), other.teacher.id, assignment.id, team.id)).rejects.toBeInstanceOf(NotFoundError);
    // Its Group changes only here, never through the Groups pages, even for the teacher who owns it.
    await expect(groupFor(db(), teacher.id, team.groupId, "manage")).rejects.toBeInstanceOf(ForbiddenError);
    const individual = await classroom(2, "individual");
    await expect(createTeams(db(), individual.teacher.id, individual.assignment.id, random)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("a group is deleted only while nobody shared work with it", async () => {
    const { teacher, students, document, assignment } = await classroom(2);
    const [ann, ben] = students;
    const made = await createTeams(db(), teacher.id, assignment.id, {
      teams: [
        { name: "Reds", studentIds: [ann!.id] },
        { name: "Blues", studentIds: [ben!.id] },
      ],
    });
    const reds = made.teams.find((t) => t.name === "Reds")!;
    const blues = made.teams.find((t) => t.name === "Blues")!;
    await annotate(db(), ann!.id, document, "two nations", { visibility: "group", groupId: reds.groupId });
    await expect(deleteTeam(db(), teacher.id, assignment.id, reds.id)).rejects.toBeInstanceOf(ConflictError);
    const left = await deleteTeam(db(), teacher.id, assignment.id, blues.id);
    expect(left.teams.map((t) => t.name)).toEqual(["Reds"]);
    expect(left.unassigned.map((s) => s.id)).toEqual([ben!.id]);
    expect(await exacts(ann!.id, document.id)).toEqual(["two nations"]);
  });

  it("on a reading shared with everyone the groups need no share, and still keep their work to themselves", async () => {
    const { teacher, students, document, assignment } = await classroom(4, "groups", true);
    const shares = await db().documentShare.count({ where: { documentId: document.id } });
    const made = await createTeams(db(), teacher.id, assignment.id, { random: { size: 2 } }, seededRandom(3));
    expect(await db().documentShare.count({ where: { documentId: document.id } })).toBe(shares);
    const [first, second] = made.teams as [TeamView, TeamView];
    const [author, teammate] = first.students;
    const stranger = second.students[0]!;
    expect(students.map((s) => s.id)).toContain(author!.id);
    await annotate(db(), author!.id, document, "knows who the boss is", {
      visibility: "group",
      groupId: first.groupId,
    });
    expect(await exacts(teammate!.id, document.id)).toContain("knows who the boss is");
    expect(await exacts(stranger.id, document.id)).not.toContain("knows who the boss is");
  });

  it("a student removed from the course leaves their group: the reading and the group's work close to them, their work to it", async () => {
    const { teacher, course, students, document, assignment } = await classroom(2);
    const [ann, ben] = students;
    const made = await createTeams(db(), teacher.id, assignment.id, {
      teams: [{ name: "Reds", studentIds: [ann!.id, ben!.id] }],
    });
    const reds = made.teams[0]!;
    await annotate(db(), ann!.id, document, "two nations", { visibility: "group", groupId: reds.groupId });
    await annotate(db(), ben!.id, document, "knows who the boss is", { visibility: "group", groupId: reds.groupId });
    const roster = await db().courseMember.findFirstOrThrow({ where: { courseId: course.id, userId: ben!.id } });
    await removeCourseMember(db(), teacher.id, course.id, roster.id);
    await expect(listAnnotations(db(), ben!.id, document.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await exacts(ann!.id, document.id)).toEqual(["two nations"]);
    expect(await exacts(teacher.id, document.id)).toEqual(["knows who the boss is", "two nations"]);
    expect((await listTeams(db(), teacher.id, assignment.id)).teams[0]!.students.map((s) => s.id)).toEqual([ann!.id]);
  });
});
