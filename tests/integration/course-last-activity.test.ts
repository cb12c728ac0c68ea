import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { listRoster } from "@/lib/classroom/get-course";
import { annotate, privateDocument } from "./support/annotation-factories";
import { insertAssignment, insertCourse, insertCourseMember } from "./support/classroom-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`a roster's last activity on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("is each member's latest annotation or reply on the course's readings, not elsewhere", async () => {
    const teacher = await createUser(db(), "Teacher");
    const [annotator, replier, idle] = await Promise.all(
      ["Annotator", "Replier", "Idle"].map((name) => createUser(db(), name)),
    );
    const course = await insertCourse(db(), teacher.id);
    for (const student of [annotator, replier, idle]) await insertCourseMember(db(), course.id, student.id, "student");
    const assignment = await insertAssignment(db(), course.id, teacher.id);
    const reading = await db().document.findUniqueOrThrow({ where: { id: assignment.documentId } });
    await db().documentShare.create({
      data: { documentId: reading.id, groupId: course.groupId, role: "commenter", createdById: teacher.id },
    });
    await db().groupMember.createMany({
      data: [annotator, replier, idle].map((student) => ({ groupId: course.groupId, userId: student.id })),
    });

    const elsewhere = await privateDocument(db(), idle.id);
    await annotate(db(), idle.id, elsewhere, "rhetorical posturing");
    const annotation = await annotate(db(), annotator.id, reading, "rhetorical posturing");
    // The teacher's own annotation: a student sees it before posting (only classmates are hidden until then).
    const question = await annotate(db(), teacher.id, reading, "structural inflection point", {
      kind: "question",
      visibility: "everyone",
    });
    const reply = await addReply(db(), replier.id, question.id, { body: "Is it, though?" });

    const roster = await listRoster(db(), course.id, teacher.id);
    const lastActive = Object.fromEntries(roster.map((member) => [member.name, member.lastActiveAt]));
    expect(lastActive).toEqual({
      Teacher: question.updatedAt,
      Annotator: annotation.updatedAt,
      Replier: reply.createdAt,
      Idle: null,
    });
  });
});
