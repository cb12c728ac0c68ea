import { canInCourse } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import { EMPTY_MAP_GRAPH, ZMapGraph, type MapGraph } from "@/lib/validation/argument-map";
import { ZRequirements, ZSubmissionSnapshot, type Requirements } from "@/lib/validation/classroom";
import { feedbackForAll } from "./assignment-feedback";
import { assignmentFor } from "./course-access";
import { countLinks, requirementProgress, type RequirementProgress } from "./requirement-progress";
import { studentStatus, type StudentStatus } from "./student-status";
import { wordCount } from "./word-count";

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
  /** Links in their map (countLinks): one per premise of each inference, one per attack. */
  links: number;
  repliesGiven: number;
  repliesReceived: number;
  /** Words in their annotations' comments and their replies. */
  words: number;
  score: number | null;
  /** The auto-feedback's suggested score (0–100) against the reference map; null without one or before submitting. */
  autoScore: number | null;
  /** The assignment's checklist with their progress (empty when it sets no requirements). */
  requirements: RequirementProgress[];
};

export type AssignmentOverview = {
  assignment: {
    id: string;
    title: string;
    dueAt: string;
    courseId: string;
    /** The course's time zone, in which dates are shown. */
    timeZone: string;
    releasedAt: string | null;
    /** Whether there is a reference map, so an auto-feedback score to show. */
    hasReferenceMap: boolean;
    /** Whether releasing grades shows students the reference map too. */
    releaseReferenceMap: boolean;
  };
  students: OverviewRow[];
  /** Whether the caller may release grades (teachers; not teaching assistants). */
  canRelease: boolean;
};

function noKinds(): KindCounts {
  return Object.fromEntries(ANNOTATION_KINDS.map((kind) => [kind, 0])) as KindCounts;
}

type LiveAnnotationRow = { authorId: string; kind: AnnotationKind; count: bigint; words: bigint };
type LiveReplyRow = { studentId: string; given: bigint; received: bigint; words: bigint };
type ReplyTargetRow = { studentId: string; toAuthorId: string };
type LiveMapRow = { ownerId: string; graph: unknown };

/** A stored graph or requirements that no longer parse count as empty rather than failing the whole table. */
function parsedOr<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  fallback: T,
): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** `{ kind }` items standing for counts, which is all the checklist reads of annotations. */
function kindItems(counts: KindCounts): { kind: AnnotationKind }[] {
  return ANNOTATION_KINDS.flatMap((kind) => Array.from({ length: counts[kind] }, () => ({ kind })));
}

/**
 * The teacher's overview of an assignment: one row per student on the roster
 * (removed students left out) with their status, lateness, annotations per
 * kind, links, replies given and received, words written, requirement
 * progress, score and (with a reference map) the auto-feedback score. Staff
 * only (assignmentFor "grade": 404 for outsiders, 403 for students).
 *
 * It asks the database a fixed number of questions whatever the class size:
 * live work is counted by GROUP BY over the document's work, by author (never
 * one query per student); a submission's snapshot counts instead for those
 * who have submitted; submissions are read in one query.
 */
export async function assignmentOverview(db: Tx, userId: string, assignmentId: string): Promise<AssignmentOverview> {
  const { assignment, course } = await assignmentFor(db, userId, assignmentId, "grade");
  const requirements: Requirements = parsedOr(ZRequirements, assignment.requirements, {});
  const [members, submissions, liveAnnotations, liveReplies, replyTargets, liveMaps, autoFeedback] = await Promise.all([
    db.courseMember.findMany({
      where: { courseId: course.id, role: "student", removedAt: null },
      select: { id: true, userId: true, email: true, name: true, user: { select: { name: true } } },
    }),
    db.submission.findMany({
      where: { assignmentId },
      select: { studentId: true, submittedAt: true, lateSeconds: true, score: true, gradedAt: true, snapshot: true },
    }),
    // Each live count is one GROUP BY over the document's work, by author, with no join to the roster: PGlite
    // keeps no table statistics, and joining the roster made it plan nested loops (1.5 s for 300 students
    // with no reply at all). Authors who are not students of the course are dropped when the rows are built.
    db.$queryRaw<LiveAnnotationRow[]>`
      select a."authorId", a.kind, count(*) as count,
        coalesce(sum(coalesce(array_length(regexp_split_to_array(nullif(btrim(a.comment), ''), '\\s+'), 1), 0)), 0) as words
      from "Annotation" a
      where a."documentId" = ${assignment.documentId}::uuid and a."deletedAt" is null
      group by a."authorId", a.kind`,
    db.$queryRaw<LiveReplyRow[]>`
      select x."studentId", sum(x.given) as given, sum(x.received) as received, sum(x.words) as words from (
        select r."authorId" as "studentId", 1 as given, 0 as received,
          coalesce(array_length(regexp_split_to_array(nullif(btrim(r.body), ''), '\\s+'), 1), 0) as words
        from "Reply" r join "Annotation" a on a.id = r."annotationId"
        where a."documentId" = ${assignment.documentId}::uuid
        union all
        select a."authorId", 0, 1, 0
        from "Reply" r join "Annotation" a on a.id = r."annotationId"
        where a."documentId" = ${assignment.documentId}::uuid and r."authorId" <> a."authorId"
      ) x
      group by x."studentId"`,
    db.$queryRaw<ReplyTargetRow[]>`
      select distinct r."authorId" as "studentId", a."authorId" as "toAuthorId"
      from "Reply" r join "Annotation" a on a.id = r."annotationId"
      where a."documentId" = ${assignment.documentId}::uuid`,
    // A student's live map is the one they changed last on the document.
    db.$queryRaw<LiveMapRow[]>`
      select distinct on (g."ownerId") g."ownerId", g.graph
      from "ArgumentMap" g
      where g."documentId" = ${assignment.documentId}::uuid
      order by g."ownerId", g."updatedAt" desc`,
    assignment.referenceMapId ? feedbackForAll(db, assignmentId) : null,
  ]);

  type LiveWork = {
    annotations: KindCounts;
    words: number;
    given: number;
    received: number;
    toAuthorIds: { toAuthorId: string }[];
    map: MapGraph | null;
  };
  const live = new Map<string, LiveWork>();
  const liveOf = (studentId: string) => {
    let entry = live.get(studentId);
    if (!entry) {
      entry = { annotations: noKinds(), words: 0, given: 0, received: 0, toAuthorIds: [], map: null };
      live.set(studentId, entry);
    }
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
  for (const row of replyTargets) liveOf(row.studentId).toAuthorIds.push({ toAuthorId: row.toAuthorId });
  for (const row of liveMaps) liveOf(row.ownerId).map = parsedOr(ZMapGraph, row.graph, EMPTY_MAP_GRAPH);
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
      const facts = { studentId: member.userId!, ...snapshot, map: snapshot.map?.graph ?? null };
      return {
        ...base,
        status: studentStatus(submission, true, true),
        submittedAt: submission.submittedAt.toISOString(),
        lateSeconds: submission.lateSeconds,
        source: "snapshot",
        annotations,
        totalAnnotations: snapshot.annotations.length,
        links: snapshot.map ? countLinks(snapshot.map.graph) : 0,
        repliesGiven: snapshot.replies.length,
        words,
        score: submission.score,
        autoScore: autoFeedback?.get(member.userId!)?.score ?? null,
        requirements: requirementProgress(requirements, facts),
      };
    }
    const annotations = now?.annotations ?? noKinds();
    const totalAnnotations = ANNOTATION_KINDS.reduce((sum, kind) => sum + annotations[kind], 0);
    const map = now?.map ?? null;
    const facts = {
      studentId: member.userId ?? "",
      annotations: kindItems(annotations),
      replies: now?.toAuthorIds ?? [],
      map,
    };
    return {
      ...base,
      // Any annotation, reply or map of theirs on the document counts as started.
      status: studentStatus(null, totalAnnotations > 0 || (now?.given ?? 0) > 0 || map !== null, true),
      submittedAt: null,
      lateSeconds: null,
      source: "live",
      annotations,
      totalAnnotations,
      links: map ? countLinks(map) : 0,
      repliesGiven: now?.given ?? 0,
      words: now?.words ?? 0,
      score: null,
      autoScore: null,
      requirements: requirementProgress(requirements, facts),
    };
  });
  students.sort((a, b) => a.name.localeCompare(b.name, "en") || a.memberId.localeCompare(b.memberId));

  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      dueAt: assignment.dueAt.toISOString(),
      courseId: course.id,
      timeZone: course.timeZone,
      releasedAt: assignment.releasedAt?.toISOString() ?? null,
      hasReferenceMap: assignment.referenceMapId !== null,
      releaseReferenceMap: assignment.releaseReferenceMap,
    },
    students,
    canRelease: canInCourse(course.role, "release"),
  };
}
