import { z } from "zod";

/** The kinds a passage can be tagged with, in the toolbar's order. */
export const ANNOTATION_KINDS = ["claim", "premise", "evidence", "objection", "question", "note"] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/**
 * "private": only the author; "group": the members of one group (`groupId`);
 * "everyone": everyone who can read the document. Maps use the same levels.
 */
export const ANNOTATION_VISIBILITIES = ["private", "group", "everyone"] as const;
export type AnnotationVisibility = (typeof ANNOTATION_VISIBILITIES)[number];

export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;
/** Characters of context kept on each side of a quote (W3C prefix/suffix). */
export const QUOTE_CONTEXT_LENGTH = 32;
export const MAX_QUOTE_LENGTH = 100_000;

export const ZAnnotationKind = z.enum(ANNOTATION_KINDS, "kind must be one of: " + ANNOTATION_KINDS.join(", "));
export const ZAnnotationVisibility = z.enum(
  ANNOTATION_VISIBILITIES,
  "visibility must be one of: " + ANNOTATION_VISIBILITIES.join(", "),
);

/** The group of a "group" visibility. */
export const ZGroupId = z.uuid("groupId must be a group id");

/** A group is named exactly when the visibility is "group". */
export function audienceIssue(value: { visibility?: AnnotationVisibility; groupId?: string | null }) {
  if (value.visibility === "group" && !value.groupId) return "groupId is needed when visibility is group";
  if (value.groupId && value.visibility !== "group") return "groupId goes with visibility group only";
  return null;
}

/** Adds audienceIssue's complaint, if any, at "groupId". */
export function checkAudience(
  value: { visibility?: AnnotationVisibility; groupId?: string | null },
  context: z.RefinementCtx,
) {
  const issue = audienceIssue(value);
  if (issue) context.addIssue({ code: "custom", message: issue, path: ["groupId"] });
}

export const ZComment = z.string().max(MAX_COMMENT_LENGTH, `comment must be at most ${MAX_COMMENT_LENGTH} characters`);

export const ZTags = z
  .array(
    z
      .string()
      .trim()
      .min(1, "tags cannot be empty")
      .max(MAX_TAG_LENGTH, `each tag must be at most ${MAX_TAG_LENGTH} characters`),
  )
  .max(MAX_TAGS, `at most ${MAX_TAGS} tags`)
  .transform((tags) => [...new Set(tags)]);

/**
 * Where an annotation sits in the document's plain-text projection
 * (lib/editor/plain-text.ts): a W3C TextQuoteSelector and
 * TextPositionSelector in one object. `end` is exclusive.
 */
export const ZTextTarget = z
  .object({
    exact: z.string().min(1, "the selected text is empty").max(MAX_QUOTE_LENGTH),
    prefix: z.string().max(QUOTE_CONTEXT_LENGTH),
    suffix: z.string().max(QUOTE_CONTEXT_LENGTH),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((target) => target.end > target.start, { message: "end must be after start", path: ["end"] });
export type TextTarget = z.infer<typeof ZTextTarget>;

export const ZAnnotationCreate = z
  .object({
    kind: ZAnnotationKind,
    comment: ZComment.default(""),
    tags: ZTags.default([]),
    visibility: ZAnnotationVisibility.default("private"),
    groupId: ZGroupId.nullable().optional(),
    target: ZTextTarget,
  })
  .superRefine(checkAudience);
export type AnnotationCreate = z.infer<typeof ZAnnotationCreate>;

export const ZAnnotationUpdate = z
  .object({
    kind: ZAnnotationKind.optional(),
    comment: ZComment.optional(),
    tags: ZTags.optional(),
    visibility: ZAnnotationVisibility.optional(),
    groupId: ZGroupId.nullable().optional(),
  })
  .refine((update) => Object.values(update).some((value) => value !== undefined), "nothing to update")
  .superRefine(checkAudience);
export type AnnotationUpdate = z.infer<typeof ZAnnotationUpdate>;

export const ZReplyCreate = z.object({
  body: z
    .string()
    .trim()
    .min(1, "the reply is empty")
    .max(MAX_COMMENT_LENGTH, `body must be at most ${MAX_COMMENT_LENGTH} characters`),
});
export type ReplyCreate = z.infer<typeof ZReplyCreate>;

/** A reply as the API returns it. */
export type ReplyView = {
  id: string;
  author: { id: string; name: string };
  body: string;
  createdAt: string;
};

/**
 * An annotation as the API returns it and the W3C serializer reads it. A
 * deleted annotation that still has replies keeps its place as a
 * placeholder: `deleted` is true and kind-independent content is emptied.
 */
export type AnnotationView = {
  id: string;
  documentId: string;
  author: { id: string; name: string };
  kind: AnnotationKind;
  comment: string;
  tags: string[];
  visibility: AnnotationVisibility;
  /** The group that sees it, when `visibility` is "group" (null if the group was deleted). */
  group: { id: string; name: string } | null;
  target: TextTarget;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  /** Hidden from others by the document's owner or an editor: only its author and they see it. */
  hidden: boolean;
  replies: ReplyView[];
};
