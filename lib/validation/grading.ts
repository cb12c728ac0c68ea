import { z } from "zod";
import { MAX_FEEDBACK } from "./classroom";

/**
 * Request shapes of grading (lib/classroom: rubrics attached to
 * assignments, feedback comments, releasing grades); the grade itself and
 * the rubric are ZGrade and ZRubricCreate in ./classroom.
 */

/**
 * PATCH /api/assignments/{id}: the rubric it is graded with and its
 * reference map (null: none; left out: unchanged). At least one of them.
 */
export const ZAssignmentUpdate = z
  .strictObject({
    rubricId: z.uuid("rubricId must be a rubric id").nullable().optional(),
    referenceMapId: z.uuid("referenceMapId must be a map id").nullable().optional(),
  })
  .refine((value) => value.rubricId !== undefined || value.referenceMapId !== undefined, {
    message: "Send rubricId, referenceMapId or both",
  });
export type AssignmentUpdate = z.infer<typeof ZAssignmentUpdate>;

/** A grader's comment on one of a student's submitted annotations or map nodes (or on neither: on the work as a whole). */
export const ZFeedbackCommentCreate = z
  .strictObject({
    studentId: z.uuid("studentId must be a user id"),
    annotationId: z.uuid("annotationId must be an annotation id").optional(),
    mapNodeId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "mapNodeId: ids are 1–64 letters, digits, _ or -")
      .optional(),
    body: z
      .string()
      .trim()
      .min(1, "body: a comment needs some text")
      .max(MAX_FEEDBACK, `body must be at most ${MAX_FEEDBACK} characters`),
  })
  .refine((value) => !(value.annotationId && value.mapNodeId), {
    path: ["mapNodeId"],
    message: "mapNodeId: a comment is on an annotation or on a map node, not both",
  });
export type FeedbackCommentCreate = z.infer<typeof ZFeedbackCommentCreate>;

/** POST /api/assignments/{id}/release. `undo`: take the release back. */
export const ZRelease = z.strictObject({
  showReferenceMap: z.boolean().default(false),
  undo: z.boolean().default(false),
});
