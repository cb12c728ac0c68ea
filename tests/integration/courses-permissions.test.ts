import { describe, expect, it } from "vitest";
import { addCourseMember } from "@/lib/classroom/add-course-member";
import { courseFor } from "@/lib/classroom/course-access";
import { disableJoinCode, regenerateJoinCode } from "@/lib/classroom/course-join-code";
import { createCourse } from "@/lib/classroom/create-course";
import { getCourse, listRoster } from "@/lib/classroom/get-course";
import { importRoster } from "@/lib/classroom/import-roster";
import { joinCourse } from "@/lib/classroom/join-course";
import { removeCourseMember } from "@/lib/classroom/remove-course-member";
import { setCourseMemberRole } from "@/lib/classroom/set-course-member-role";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

type Outcome = "ok" | 403 | 404;

async function outcome(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof NotFoundError) return 404;
    if (error instanceof ForbiddenError) return 403;
    throw error;
  }
}

const READERS = ["teacher", "assistant", "student", "otherStudent", "removed", "stranger"] as const;
type Reader = (typeof READERS)[number];

/**
 * Each use case, as each reader calls it, against a fresh roster entry
 * where it changes one (so every call is judged on its own, not on what an
 * earlier one did).
 */
const USE_CASES: Record<
  string,
  { expected: Record<Reader, Outcome>; call: (w: World, userId: string) => Promise<unknown> }
> = {
  getCourse: {
    expected: { teacher: "ok", assistant: "ok", student: "ok", otherStudent: 404, removed: 404, stranger: 404 },
    call: (w, userId) => getCourse(w.db, userId, w.course.id),
  },
  roster: {
    expected: { teacher: "ok", assistant: "ok", student: 403, otherStudent: 404, removed: 404, stranger: 404 },
    call: async (w, userId) => {
      await courseFor(w.db, userId, w.course.id, "seeRoster");
      return listRoster(w.db, w.course.id, userId);
    },
  },
  addMember: {
    expected: { teacher: "ok", assistant: 403, student: 403, otherStudent: 404, removed: 404, stranger: 404 },
    call: (w, userId) => addCourseMember(w.db, userId, w.course.id, { email: w.fresh(), role: "student" }),
  },
  importRoster: {
    expected: { teacher: "ok", assistant: 403, student: 403, otherStudent: 404, removed: 404, stranger: 404 },
    call: (w, userId) => importRoster(w.db, userId, w.course.id, `New,${w.fresh()},student`),
  },
  setRole: {
    expected: { teacher: "ok", assistant: 403, student: 403, otherStudent: 404, removed: 404, stranger: 404 },
    call: async (w, userId) => setCourseMemberRole(w.db, userId, w.course.id, await w.target(), "assistant"),
  },
  removeMember: {
    expected: { teacher: "ok", assistant: 403, student: 403, otherStudent: 404, removed: 404, stranger: 404 },
    call: async (w, userId) => removeCourseMember(w.db, userId, w.course.id, await w.target()),
  },
  regenerateJoinCode: {
    expected: { teacher: "ok", assistant: 403, student: 403, otherStudent: 404, removed: 404, stranger: 404 },
    call: (w, userId) => regenerateJoinCode(w.db, userId, w.course.id),
  },
  disableJoinCode: {
    expected: { teacher: "ok", assistant: 403, student: 403, otherStudent: 404, removed: 404, stranger: 404 },
    call: (w, userId) => disableJoinCode(w.db, userId, w.course.id),
  },
  joinByCode: {
    // Members stay as they are; a removed student is refused (403); anyone else joins.
    expected: { teacher: "ok", assistant: "ok", student: "ok", otherStudent: "ok", removed: 403, stranger: "ok" },
    call: async (w, userId) => {
      const { joinCode } = await regenerateJoinCode(w.db, w.teacherId, w.course.id);
      return joinCourse(w.db, userId, joinCode);
    },
  },
};

type World = {
  db: Db;
  course: { id: string };
  teacherId: string;
  /** An email not yet on the roster. */
  fresh: () => string;
  /** A new student's roster id, for calls that change one. */
  target: () => Promise<string>;
};

describe(`course permissions on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it.each(Object.keys(USE_CASES))(
    "%s: teacher, TA, student, other course's student, removed, stranger",
    async (name) => {
      const teacher = await createUser(db(), "Teacher");
      const course = await createCourse(db(), teacher.id, { name: "Course" });
      const other = await createCourse(db(), (await createUser(db(), "Other teacher")).id, { name: "Other course" });
      const users = {
        teacher,
        assistant: await createUser(db(), "Assistant"),
        student: await createUser(db(), "Student"),
        otherStudent: await createUser(db(), "Other student"),
        removed: await createUser(db(), "Removed"),
        stranger: await createUser(db(), "Stranger"),
      };
      await addCourseMember(db(), teacher.id, course.id, { email: users.assistant.email, role: "assistant" });
      await joinCourse(db(), users.student.id, course.joinCode);
      await joinCourse(db(), users.otherStudent.id, other.joinCode);
      await joinCourse(db(), users.removed.id, course.joinCode);
      const removedId = (await listRoster(db(), course.id, teacher.id)).find((m) => m.userId === users.removed.id)!.id;
      await removeCourseMember(db(), teacher.id, course.id, removedId);

      let made = 0;
      const world: World = {
        db: db(),
        course,
        teacherId: teacher.id,
        fresh: () => `fresh${(made += 1)}@example.org`,
        target: async () => {
          const email = world.fresh();
          await addCourseMember(db(), teacher.id, course.id, { email, role: "student" });
          return (await db().courseMember.findFirstOrThrow({ where: { courseId: course.id, email } })).id;
        },
      };
      const { expected, call } = USE_CASES[name]!;
      const actual: Record<string, Outcome> = {};
      for (const reader of READERS) actual[reader] = await outcome(call(world, users[reader].id));
      expect(actual).toEqual(expected);
    },
  );
});
