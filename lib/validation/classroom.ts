import { z } from "zod";
import { ZEmail } from "./account";
import { ANNOTATION_KINDS } from "./annotation";
import { ZMapGraph } from "./argument-map";

/**
 * Shapes of the classroom's requests and stored JSON (lib/classroom): course,
 * assignment with its requirements, submission snapshot, rubric and grade.
 * Bounds keep any one request's work small whatever a client sends.
 */

export const COURSE_ROLES = ["teacher", "assistant", "student"] as const;
export const ZCourseRole = z.enum(COURSE_ROLES, `role must be one of: ${COURSE_ROLES.join(", ")}`);

export const MAX_COURSE_NAME = 120;
export const MAX_COURSE_MEMBERS = 1_000;
/** Lines of one roster CSV import. */
export const MAX_ROSTER_LINES = 1_000;
export const MAX_ROSTER_BYTES = 256 * 1024;
export const MAX_ASSIGNMENTS_PER_COURSE = 200;
export const MAX_ASSIGNMENT_TITLE = 200;
export const MAX_INSTRUCTIONS = 20_000;
export const MAX_FEEDBACK = 20_000;
export const MAX_RUBRIC_CRITERIA = 20;
export const MAX_RUBRIC_LEVELS = 10;

/** A join code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE = /^[A-HJKMNP-Z2-9]{8}$/;
export const ZJoinCode = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(z.string().regex(JOIN_CODE, "code: a join code is 8 letters and digits, as your teacher gave it"));

/** An IANA time zone this runtime knows ("Europe/Berlin", "America/New_York", "UTC"). */
export const ZTimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}, "timeZone must be an IANA time zone such as Europe/Berlin");

export const ZCourseName = z
  .string()
  .trim()
  .min(1, "name: a course needs a name")
  .max(MAX_COURSE_NAME, `name must be at most ${MAX_COURSE_NAME} characters`);

export const ZCourseCreate = z.strictObject({ name: ZCourseName, timeZone: ZTimeZone.optional() });
export const ZCourseJoin = z.strictObject({ code: ZJoinCode });

/** A roster name: what a teacher typed or a CSV held, until the account's own name is known. */
export const ZRosterName = z.string().trim().max(MAX_COURSE_NAME, `name must be at most ${MAX_COURSE_NAME} characters`);
/** "Add by email": POST /api/courses/{id}/members. */
export const ZCourseMemberAdd = z.strictObject({ email: ZEmail, role: ZCourseRole, name: ZRosterName.optional() });
/** PATCH /api/courses/{id}/members/{memberId}. */
export const ZCourseMemberUpdate = z.strictObject({ role: ZCourseRole });
/** POST /api/courses/{id}/members/import as JSON (the route also takes the CSV itself as text/csv). */
export const ZRosterImport = z.strictObject({ csv: z.string() });

/**
 * What a complete answer needs; every part optional. Shown to students as a
 * checklist with live progress (lib/classroom/requirements.ts).
 */
export const ZRequirements = z.strictObject({
  /** At least `count` annotations, of these kinds (empty or absent: any kind). */
  annotations: z
    .strictObject({ count: z.int().min(1).max(500), kinds: z.array(z.enum(ANNOTATION_KINDS)).max(6).optional() })
    .optional(),
  /** At least this many links (map relations between the student's statements). */
  links: z.int().min(1).max(500).optional(),
  /** A map with one main claim supported by at least `reasons` reasons. */
  map: z.strictObject({ reasons: z.int().min(1).max(100) }).optional(),
  /** An argumentation scheme named on at least one argument. */
  scheme: z.boolean().optional(),
  /** Replies to at least this many different classmates. */
  replies: z.int().min(1).max(100).optional(),
});
export type Requirements = z.infer<typeof ZRequirements>;

export const LATE_POLICIES = ["accept", "refuse", "until"] as const;
export const ASSIGNMENT_MODES = ["individual", "groups"] as const;
export const PEERS_VISIBLE = ["afterPosting", "afterDue"] as const;

/** Dates travel as ISO 8601 instants with an offset or Z ("2026-03-29T23:59:00+02:00"). */
export const ZInstant = z.iso.datetime({ offset: true, message: "a date must be ISO 8601 with a time zone offset" });

export const ZAssignmentCreate = z
  .strictObject({
    documentId: z.uuid("documentId must be a document id"),
    title: z.string().trim().min(1, "title: an assignment needs a title").max(MAX_ASSIGNMENT_TITLE),
    instructions: z.string().max(MAX_INSTRUCTIONS).default(""),
    opensAt: ZInstant.optional(),
    dueAt: ZInstant,
    latePolicy: z.enum(LATE_POLICIES, `latePolicy must be one of: ${LATE_POLICIES.join(", ")}`),
    lateUntil: ZInstant.optional(),
    mode: z.enum(ASSIGNMENT_MODES, `mode must be one of: ${ASSIGNMENT_MODES.join(", ")}`),
    peersVisible: z.enum(PEERS_VISIBLE).default("afterPosting"),
    groupSize: z.int().min(2).max(50).optional(),
    requirements: ZRequirements.optional(),
    referenceMapId: z.uuid("referenceMapId must be a map id").optional(),
    rubricId: z.uuid("rubricId must be a rubric id").optional(),
  })
  .superRefine((value, context) => {
    const due = Date.parse(value.dueAt);
    if (value.opensAt && Date.parse(value.opensAt) >= due) {
      context.addIssue({ code: "custom", path: ["opensAt"], message: "opensAt must be before dueAt" });
    }
    if (value.latePolicy === "until" && !value.lateUntil) {
      context.addIssue({ code: "custom", path: ["lateUntil"], message: "lateUntil is needed with latePolicy until" });
    }
    if (value.lateUntil && (value.latePolicy !== "until" || Date.parse(value.lateUntil) <= due)) {
      context.addIssue({
        code: "custom",
        path: ["lateUntil"],
        message: "lateUntil goes with latePolicy until, after dueAt",
      });
    }
  });
export type AssignmentCreate = z.infer<typeof ZAssignmentCreate>;
/** What a client sends for "New assignment" (defaults not yet filled in). */
export type AssignmentCreateInput = z.input<typeof ZAssignmentCreate>;

export const ZSubmissionCreate = z.strictObject({ mapId: z.uuid("mapId must be a map id").nullable() });

/** One of the student's annotations as submitted (anchored by position over Document.plainText). */
export const ZSnapshotAnnotation = z.object({
  id: z.uuid(),
  kind: z.enum(ANNOTATION_KINDS),
  exact: z.string(),
  start: z.int(),
  end: z.int(),
  comment: z.string(),
  tags: z.array(z.string()),
  createdAt: z.string(),
});
export type SnapshotAnnotation = z.infer<typeof ZSnapshotAnnotation>;

/**
 * What a submission freezes: the student's annotations on the document (not
 * deleted), the replies they wrote there, and one map (null: submitted
 * without a map).
 */
export const ZSubmissionSnapshot = z.object({
  annotations: z.array(ZSnapshotAnnotation),
  replies: z.array(z.object({ annotationId: z.uuid(), toAuthorId: z.uuid(), body: z.string(), createdAt: z.string() })),
  map: z.object({ id: z.uuid(), title: z.string(), graph: ZMapGraph }).nullable(),
});
export type SubmissionSnapshot = z.infer<typeof ZSubmissionSnapshot>;

const ZLocalId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "ids are 1–64 letters, digits, _ or -");

export const ZRubricCriteria = z
  .array(
    z.strictObject({
      id: ZLocalId,
      title: z.string().trim().min(1).max(200),
      levels: z
        .array(
          z.strictObject({
            id: ZLocalId,
            label: z.string().trim().min(1).max(200),
            points: z.number().finite().min(0).max(1000),
          }),
        )
        .min(1)
        .max(MAX_RUBRIC_LEVELS),
    }),
  )
  .min(1, "criteria: a rubric needs at least one criterion")
  .max(MAX_RUBRIC_CRITERIA);
export type RubricCriteria = z.infer<typeof ZRubricCriteria>;

export const ZRubricCreate = z.strictObject({ title: z.string().trim().min(1).max(200), criteria: ZRubricCriteria });

/** PUT /api/submissions/{id}/grade. `rubric`: criterion id → level id. */
export const ZGrade = z.strictObject({
  score: z.number().finite().min(0).max(10_000),
  rubric: z.record(ZLocalId, ZLocalId).optional(),
  feedback: z.string().max(MAX_FEEDBACK).default(""),
});

/** Weights of the auto-feedback's suggested score (lib/classroom/compare-maps.ts). */
export const ZFeedbackWeights = z.strictObject({
  statementFound: z.number().min(0).max(100),
  relationRight: z.number().min(0).max(100),
  extraStatement: z.number().min(0).max(100),
});
export type FeedbackWeights = z.infer<typeof ZFeedbackWeights>;

/** The class's work (GET /api/assignments/{id}/class-work): annotations listed per page, and the most an export holds. */
export const CLASS_WORK_PAGE_SIZE = 500;
export const MAX_CLASS_WORK_EXPORT = 10_000;

/**
 * A day ("2026-03-01", read in the course's time zone: `from` its first
 * moment, `to` its last) or an instant with its offset. Years 2000-2999 only,
 * so a typo such as "20260-01-01" is a clear 400, not an empty list.
 */
const ZClassWorkDate = z.union(
  [z.iso.date(), z.iso.datetime({ offset: true })],
  "from and to must be a date (YYYY-MM-DD) or an ISO 8601 time with its offset",
);

/** The class's work filters, as the page's query string and both exports take them. */
export const ZClassWorkFilter = z.strictObject({
  student: z.uuid("student must be a user id").optional(),
  kind: z.enum(ANNOTATION_KINDS, `kind must be one of: ${ANNOTATION_KINDS.join(", ")}`).optional(),
  from: ZClassWorkDate.refine((date) => date.startsWith("2"), "from must be a date in years 2000-2999").optional(),
  to: ZClassWorkDate.refine((date) => date.startsWith("2"), "to must be a date in years 2000-2999").optional(),
  /** "include": the teachers' and assistants' own annotations too (default: students only). */
  staff: z.enum(["include", "exclude"], "staff must be include or exclude").default("exclude"),
});
export type ClassWorkFilter = z.infer<typeof ZClassWorkFilter>;
export type ClassWorkFilterInput = z.input<typeof ZClassWorkFilter>;

/** The JSON list adds the page's cursor: the id of the last annotation of the previous page. */
export const ZClassWorkQuery = ZClassWorkFilter.extend({
  cursor: z.uuid("cursor must be the nextCursor of the previous page").optional(),
});
