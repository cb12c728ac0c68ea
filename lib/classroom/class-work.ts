import type { Prisma } from "@/lib/db/generated/client";
import { canSeeClassWork, courseRefusal, type CourseRole } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { loadAnnotationViews } from "@/lib/annotations/load-annotation-views";
import type { AnnotationView, ReplyView } from "@/lib/validation/annotation";
import { CLASS_WORK_PAGE_SIZE, MAX_CLASS_WORK_EXPORT, type ClassWorkFilter } from "@/lib/validation/classroom";
import { assignmentFor } from "./course-access";
import { wallClockToInstant } from "./course-time";

/** Who wrote an item, as the roster knows them (email: "" for someone not on it, e.g. a reply from outside the class). */
export type ClassWorkAuthor = { id: string; name: string; email: string; role: CourseRole | null; removed: boolean };

export type ClassWorkReply = ReplyView & { author: ClassWorkAuthor };
export type ClassWorkItem = Omit<AnnotationView, "author" | "replies"> & {
  author: ClassWorkAuthor;
  replies: ClassWorkReply[];
};

export type ClassWork = Awaited<ReturnType<typeof classWork>>;

const STUDENTS_ONLY: CourseRole[] = ["student"];
const WHOLE_CLASS: CourseRole[] = ["student", "assistant", "teacher"];

/**
 * Everything the class wrote on an assignment's reading, in one place
 * (Hypothesis product-backlog#689), for the course's teachers and teaching
 * assistants (canSeeClassWork; a student gets 403, anyone else 404): every
 * annotation of a course member on the document that is not deleted, with
 * its replies threaded under it, oldest first. Private annotations are
 * included — see canSeeClassWork for why. Members a teacher removed stay
 * listed: their work stays for grading.
 *
 * Filters: `student` (their annotations, and the class's annotations they
 * replied to), `kind` (of the annotation), `from`/`to` (an annotation, or a
 * reply by the chosen members, written in that range; a bare date is a whole
 * day in the course's time zone), `staff` ("include": staff's own work too).
 * A deleted annotation is left out with its replies, even a student's reply:
 * the thread no longer exists for the class either.
 *
 * Bounded: `limit` annotations per call (CLASS_WORK_PAGE_SIZE), the next page
 * from `nextCursor`. With `limit` MAX_CLASS_WORK_EXPORT (the exports), more
 * matches than that is a 400 asking for narrower filters rather than a file
 * silently cut short. The number of queries does not grow with the class:
 * the access check, the roster, the matching ids, then the views.
 */
export async function classWork(
  db: Db,
  userId: string,
  assignmentId: string,
  filter: ClassWorkFilter,
  page: { cursor?: string; limit?: number } = {},
) {
  const limit = page.limit ?? CLASS_WORK_PAGE_SIZE;
  return db.$transaction(async (tx) => {
    const { assignment, course } = await assignmentFor(tx, userId, assignmentId, "see");
    if (!canSeeClassWork(course.role)) throw new ForbiddenError(courseRefusal("grade"));
    const roster = await tx.courseMember.findMany({
      where: { courseId: course.id, userId: { not: null } },
      select: { userId: true, email: true, name: true, role: true, removedAt: true, user: { select: { name: true } } },
      orderBy: [{ user: { name: "asc" } }, { email: "asc" }],
    });
    const rows = await tx.annotation.findMany({
      where: classWorkWhere(assignment.documentId, course.id, filter, dateRange(filter, course.timeZone)),
      select: { id: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
      take: limit + 1,
    });
    if (rows.length > limit && limit >= MAX_CLASS_WORK_EXPORT) {
      throw new InvalidInputError(
        "filter",
        `More than ${MAX_CLASS_WORK_EXPORT} annotations match: narrow the export by student, kind or dates`,
      );
    }
    const pageRows = rows.slice(0, limit);
    const views = await loadAnnotationViews(
      tx,
      assignment.documentId,
      pageRows.map((row) => row.id),
    );
    const members = new Map(roster.map((member) => [member.userId!, member]));
    const authorOf = (author: { id: string; name: string }): ClassWorkAuthor => {
      const member = members.get(author.id);
      return {
        id: author.id,
        name: author.name,
        email: member?.email ?? "",
        role: member?.role ?? null,
        removed: member?.removedAt != null,
      };
    };
    const items: ClassWorkItem[] = views.map((view) => ({
      ...view,
      author: authorOf(view.author),
      replies: view.replies.map((reply) => ({ ...reply, author: authorOf(reply.author) })),
    }));
    return {
      assignment: { id: assignment.id, title: assignment.title, documentId: assignment.documentId },
      course: { id: course.id, name: course.name, timeZone: course.timeZone },
      students: roster
        .filter((member) => member.role === "student")
        .map((member) => ({
          id: member.userId!,
          name: member.user?.name ?? member.name ?? member.email,
          removed: member.removedAt !== null,
        })),
      items,
      nextCursor: rows.length > limit ? pageRows[pageRows.length - 1]!.id : null,
    };
  });
}

/** The annotations a filter selects on the reading (see classWork). */
function classWorkWhere(
  documentId: string,
  courseId: string,
  filter: ClassWorkFilter,
  createdAt: Prisma.DateTimeFilter | undefined,
): Prisma.AnnotationWhereInput {
  const roles = filter.staff === "include" ? WHOLE_CLASS : STUDENTS_ONLY;
  // Joined through the roster, not a list of its ids: the query stays one
  // size however big the class (removed members included on purpose).
  const chosen: Prisma.ReplyWhereInput & Prisma.AnnotationWhereInput = {
    author: { courses: { some: { courseId, role: { in: roles } } } },
    ...(filter.student ? { authorId: filter.student } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  return {
    documentId,
    deletedAt: null,
    // Only the class's threads, even when the chosen student replied elsewhere.
    author: { courses: { some: { courseId } } },
    ...(filter.kind ? { kind: filter.kind } : {}),
    OR: [chosen, { replies: { some: chosen } }],
  };
}

/**
 * The filter's dates as instants: a bare day from its first moment in the
 * course's zone to the first moment of the next (exclusive), an instant as
 * it is (an instant `to` is exclusive too). 400 when `to` is not after `from`.
 */
function dateRange(filter: ClassWorkFilter, timeZone: string): Prisma.DateTimeFilter | undefined {
  const from = filter.from ? instantOf(filter.from, timeZone, 0) : undefined;
  const to = filter.to ? instantOf(filter.to, timeZone, 1) : undefined;
  if (from && to && to <= from) throw new InvalidInputError("to", "to must not be before from");
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
}

/** A day (plus `days` days) at midnight in `timeZone`, or an ISO instant (`days` ignored: it already names a moment). */
function instantOf(date: string, timeZone: string, days: number): Date {
  if (date.includes("T")) return new Date(date);
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return wallClockToInstant(day.toISOString().slice(0, 16), timeZone);
}

/** Reads the whole filtered class's work for an export, in one page of at most MAX_CLASS_WORK_EXPORT. */
export async function classWorkForExport(db: Db, userId: string, assignmentId: string, filter: ClassWorkFilter) {
  return classWork(db, userId, assignmentId, filter, { limit: MAX_CLASS_WORK_EXPORT });
}
