import type { AnnotationView } from "@/lib/validation/annotation";

/** The row shape toAnnotationView needs: select it with ANNOTATION_VIEW_SELECT, or read many with loadAnnotationViews. */
export const ANNOTATION_VIEW_SELECT = {
  id: true,
  documentId: true,
  kind: true,
  comment: true,
  tags: true,
  visibility: true,
  group: { select: { id: true, name: true } },
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  hiddenAt: true,
  author: { select: { id: true, name: true } },
  replies: {
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  },
} as const;

export type AnnotationRow = {
  id: string;
  documentId: string;
  kind: AnnotationView["kind"];
  comment: string;
  tags: string[];
  visibility: AnnotationView["visibility"];
  group: { id: string; name: string } | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  author: { id: string; name: string };
  replies: { id: string; body: string; createdAt: Date; author: { id: string; name: string } }[];
};

/**
 * The API's view of an annotation. A deleted one (shown only while it has
 * replies) keeps its place and thread but not its comment or tags.
 */
export function toAnnotationView(row: AnnotationRow): AnnotationView {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    documentId: row.documentId,
    author: row.author,
    kind: row.kind,
    comment: deleted ? "" : row.comment,
    tags: deleted ? [] : row.tags,
    visibility: row.visibility,
    group: row.group,
    target: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deleted,
    hidden: row.hiddenAt !== null,
    replies: row.replies.map((reply) => ({ ...reply, createdAt: reply.createdAt.toISOString() })),
  };
}

/** What full-text search reads: the quote, the comment and the tags. */
export function searchTextOf(fields: { exact: string; comment: string; tags: string[] }): string {
  return [fields.exact, fields.comment, ...fields.tags].join("\n");
}
