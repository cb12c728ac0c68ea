import type { Tx } from "@/lib/db/client";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import type { MapGraph } from "@/lib/validation/argument-map";
import { ZSubmissionSnapshot } from "@/lib/validation/classroom";
import { assignmentFor } from "./course-access";
import { wordCount } from "./word-count";

export const STUDENT_STATUSES = ["not started", "in progress", "submitted", "late", "graded"] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

export type KindCounts = Record<AnnotationKind, number>;

/** One student of the roster on one assignment, as the overview table shows them. */
export type OverviewRow = {
  /** The course member; a student added by email who has no account yet has `studentId` null. */
  memberId: string;
  studentId: string | null;
  name: string;
  status: StudentStatus;
  submittedAt: string | null;
  /** Seconds past the due date (0: on time); null until submitted. */
  lateSeconds: number | null;
  /**
   * Where the work counts come from: "snapshot" once they submitted (what is
   * graded), "live" before (what they have done so far). Replies received are
   * always live: they are classmates' work.
   */
  source: "live" | "snapshot";
  annotations: KindCounts;
  totalAnnotations: number;
  /** Relations in their map: one per premise of each inference, one per attack. */
  links: number;
  repliesGiven: number;
  repliesReceived: number;
  /** Words in their annotations' comments and their replies. */
  words: number;
  score: number | null;
};

export type AssignmentOverview = {
  assignment: { id: string; title: string; dueAt: string; courseId: string; releasedAt: string | null };
  students: OverviewRow[];
};

/** Relations drawn in a map: each premise of an inference supports its conclusion; each attack is one. */
export function relationCount(graph: Pick<MapGraph, "arguments" | "attacks">): number {
  return graph.arguments.reduce((sum, argument) => sum + argument.premiseIds.length, graph.attacks.length);
}

function noKinds(): KindCounts {
  return Object.fromEntries(ANNOTATION_KINDS.map((kind) => [kind, 0])) as KindCounts;
}

type LiveAnnotationRow = { authorId: string; kind: AnnotationKind; count: bigint; words: bigint };
type LiveReplyRow = { studentId: string; given: bigint; received: bigint; words: bigint };
type LiveMapRow = { ownerId: string; links: bigint };

/**
 * The teacher's overview of an assignment: one row per student on the roster
 * (removed students left out) with their status, lateness, annotations per
 * kind, links, replies given and received, words written and score. Staff
 * only (assignmentFor "grade": 404 for outsiders, 403 for students).
 *
 * It asks the database a fixed number of questions whatever the class size:
 * live work is counted by GROUP BY over the whole roster at once (the roster
 * joined in SQL, never one query per student), and submissions are read in
 * one query.
 */
export async function assignmentOverview(db: Tx, userId: string, assignmentId: string): Promise<AssignmentOverview> {
  const { assignment, course } = await assignmentFor(db, userId, assignmentId, "grade");
  const [members, submissions, liveAnnotations, liveReplies, liveMaps] = await Promise.all([
    db.courseMember.findMany({
      where: { courseId: course.id, role: "student", removedAt: null },
      select: { id: true, userId: true, email: true, name: true, user: { select: { name: true } } },
    }),
    db.submission.findMany({
      where: { assignmentId },
      select: { studentId: true, submittedAt: true, lateSeconds: true, score: true, gradedAt: true, snapshot: true },
    }),
    db.$queryRaw<LiveAnnotationRow[]>`
      select a."authorId", a.kind, count(*) as count,
        coalesce(sum(coalesce(array_length(regexp_split_to_array(nullif(btrim(a.comment), ''), '\\s+'), 1), 0)), 0) as words
      from "Annotation" a join "CourseMember" m on m."userId" = a."authorId"
      where a."documentId" = ${assignment.documentId}::uuid and a."deletedAt" is null
        and m."courseId" = ${course.id}::uuid and m.role = 'student' and m."removedAt" is null
      group by a."authorId", a.kind`,
    db.$queryRaw<LiveReplyRow[]>`
      select m."userId" as "studentId",
        count(*) filter (where r."authorId" = m."userId") as given,
        count(*) filter (where a."authorId" = m."userId" and r."authorId" <> m."userId") as received,
        coalesce(sum(coalesce(array_length(regexp_split_to_array(nullif(btrim(r.body), ''), '\\s+'), 1), 0))
          filter (where r."authorId" = m."userId"), 0) as words
      from "Reply" r join "Annotation" a on a.id = r."annotationId"
      join "CourseMember" m on (m."userId" = r."authorId" or m."userId" = a."authorId")
      where a."documentId" = ${assignment.documentId}::uuid
        and m."courseId" = ${course.id}::uuid and m.role = 'student' and m."removedAt" is null
      group by m."userId"`,
    // A student's live map is the one they changed last on the document.
    db.$queryRaw<LiveMapRow[]>`
      select distinct on (g."ownerId") g."ownerId",
        jsonb_array_length(g.graph->'attacks')
          + (select coalesce(sum(jsonb_array_length(x->'premiseIds')), 0) from jsonb_array_elements(g.graph->'arguments') x)
          as links
      from "ArgumentMap" g join "CourseMember" m on m."userId" = g."ownerId"
      where g."documentId" = ${assignment.documentId}::uuid
        and m."courseId" = ${course.id}::uuid and m.role = 'student' and m."removedAt" is null
      order by g."ownerId", g."updatedAt" desc`,
  ]);

  type LiveWork = {
    annotations: KindCounts;
    words: number;
    given: number;
    received: number;
    links: number;
    hasMap: boolean;
  };
  const live = new Map<string, LiveWork>();
  const liveOf = (studentId: string) => {
    let entry = live.get(studentId);
    if (!entry)
      live.set(
        studentId,
        (entry = { annotations: noKinds(), words: 0, given: 0, received: 0, links: 0, hasMap: false }),
      );
    return entry;
  };
  for (const row of liveAnnotations) {
    const entry = liveOf(row.authorId);
    entry.annotations[row.kind] += Number(row.count);
    entry.words += Number(row.words);
  }
  for (const row of liveReplies) {
    const entry = liveOf(row.studentId);
    entry.given = Number(row.given);
    entry.received = Number(row.received);
    entry.words += Number(row.words);
  }
  for (const row of liveMaps) Object.assign(liveOf(row.ownerId), { links: Number(row.links), hasMap: true });
  const submissionOf = new Map(submissions.map((submission) => [submission.studentId, submission]));

  const students = members.map((member): OverviewRow => {
    const name = member.name ?? member.user?.name ?? member.email;
    const now = member.userId ? live.get(member.userId) : undefined;
    const submission = member.userId ? submissionOf.get(member.userId) : undefined;
    const base = {
      memberId: member.id,
      studentId: member.userId,
      name,
      repliesReceived: now?.received ?? 0,
    };
    if (submission) {
      const snapshot = ZSubmissionSnapshot.parse(submission.snapshot);
      const annotations = noKinds();
      for (const annotation of snapshot.annotations) annotations[annotation.kind] += 1;
      const words =
        snapshot.annotations.reduce((sum, annotation) => sum + wordCount(annotation.comment), 0) +
        snapshot.replies.reduce((sum, reply) => sum + wordCount(reply.body), 0);
      return {
        ...base,
        status: submission.gradedAt ? "graded" : submission.lateSeconds > 0 ? "late" : "submitted",
        submittedAt: submission.submittedAt.toISOString(),
        lateSeconds: submission.lateSeconds,
        source: "snapshot",
        annotations,
        totalAnnotations: snapshot.annotations.length,
        links: snapshot.map ? relationCount(snapshot.map.graph) : 0,
        repliesGiven: snapshot.replies.length,
        words,
        score: submission.score,
      };
    }
    const annotations = now?.annotations ?? noKinds();
    const totalAnnotations = ANNOTATION_KINDS.reduce((sum, kind) => sum + annotations[kind], 0);
    return {
      ...base,
      // Any annotation, reply or map of theirs on the document counts as started.
      status: now && (totalAnnotations > 0 || now.given > 0 || now.hasMap) ? "in progress" : "not started",
      submittedAt: null,
      lateSeconds: null,
      source: "live",
      annotations,
      totalAnnotations,
      links: now?.links ?? 0,
      repliesGiven: now?.given ?? 0,
      words: now?.words ?? 0,
      score: null,
    };
  });
  students.sort((a, b) => a.name.localeCompare(b.name, "en") || a.memberId.localeCompare(b.memberId));

  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      dueAt: assignment.dueAt.toISOString(),
      courseId: course.id,
      releasedAt: assignment.releasedAt?.toISOString() ?? null,
    },
    students,
  };
}
