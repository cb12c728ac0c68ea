import { createAssignment } from "@/lib/classroom/create-assignment";
import { createCourse } from "@/lib/classroom/create-course";
import { joinCourse } from "@/lib/classroom/join-course";
import type { Db } from "@/lib/db/client";
import { ZAssignmentCreate } from "@/lib/validation/classroom";
import { privateDocument } from "./annotation-factories";
import { createUser } from "./factories";

/**
 * A teacher's reading assigned (through the use cases, as the API does) to
 * a course of two students, Ann and Ben, due at `dueAt`: the setting of
 * hidden until posted.
 */
export async function assignedReading(
  db: Db,
  options: { dueAt: Date; peersVisible: "afterPosting" | "afterDue"; mode?: "individual" | "groups" },
) {
  const teacher = await createUser(db, "Teacher");
  const ann = await createUser(db, "Ann");
  const ben = await createUser(db, "Ben");
  const course = await createCourse(db, teacher.id, { name: "Rhetoric" });
  await joinCourse(db, ann.id, course.joinCode);
  await joinCourse(db, ben.id, course.joinCode);
  const document = await privateDocument(db, teacher.id);
  const input = ZAssignmentCreate.parse({
    documentId: document.id,
    title: "Read",
    dueAt: options.dueAt.toISOString(),
    latePolicy: "accept",
    mode: options.mode ?? "individual",
    peersVisible: options.peersVisible,
  });
  await createAssignment(db, teacher.id, course.id, input);
  const toCourse = { visibility: "group" as const, groupId: course.groupId };
  return { teacher, ann, ben, document, toCourse };
}
