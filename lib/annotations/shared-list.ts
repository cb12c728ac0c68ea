import { seesListedAnnotation, type DocumentRole } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { withSnapshot } from "@/lib/db/with-snapshot";
import type { AnnotationView, TextTarget } from "@/lib/validation/annotation";
import { loadAnnotationViews } from "./load-annotation-views";

/** One annotation of a shared list: what the permission rule reads, and its view already as JSON. */
export type SharedAnnotation = {
  id: string;
  /** What drawing its highlight needs (prepainted-article-cache.ts). */
  kind: string;
  target: TextTarget;
  authorId: string;
  visibility: AnnotationView["visibility"];
  groupId: string | null;
  hidden: boolean;
  deleted: boolean;
  /** Who replied, for readers from whom some classmates are hidden (their replies are left out). */
  replyAuthorIds: readonly string[];
  json: string;
};

/**
 * Every annotation of a document that some reader could see, as of change
 * `seq`, in list order, each serialised once: built once and filtered for
 * each reader (readerListBody) instead of read and serialised again per
 * reader. Private ones are in it too (their authors see them); a deleted
 * one without replies is not (nobody sees it).
 */
export type SharedList = {
  documentId: string;
  seq: number;
  annotations: readonly SharedAnnotation[];
  /** The JSON's length, the measure of the cache's bound. */
  chars: number;
};

/** Who reads, as the list's permission rule needs them. */
export type ListReader = {
  userId: string;
  role: DocumentRole;
  groupIds: readonly string[];
  hiddenAuthors: readonly string[];
};

/** Reads the document's annotations in one snapshot, with the number of its last change in the same snapshot. */
export async function buildSharedList(db: Db, documentId: string): Promise<SharedList> {
  return withSnapshot(db, async (tx) => {
    const { eventSeq } = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { eventSeq: true } });
    const rows = await tx.annotation.findMany({
      where: { documentId },
      select: { id: true },
      // The order listReadableDocumentAnnotations gives.
      orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    });
    const views = await loadAnnotationViews(
      tx,
      documentId,
      rows.map((row) => row.id),
    );
    const annotations = views
      .filter((view) => !view.deleted || view.replies.length > 0)
      .map((view) => ({
        id: view.id,
        kind: view.kind,
        target: view.target,
        authorId: view.author.id,
        visibility: view.visibility,
        groupId: view.group?.id ?? null,
        hidden: view.hidden,
        deleted: view.deleted,
        replyAuthorIds: [...new Set(view.replies.map((reply) => reply.author.id))],
        json: JSON.stringify(view),
      }));
    const chars = annotations.reduce((sum, annotation) => sum + annotation.json.length, 0);
    return { documentId, seq: eventSeq, annotations, chars };
  });
}

/** The shared list's annotations `reader` sees (seesListedAnnotation), in list order. */
export function* annotationsSeenBy(list: SharedList, reader: ListReader): Generator<SharedAnnotation> {
  const groupIds = new Set(reader.groupIds);
  for (const annotation of list.annotations) {
    if (seesListedAnnotation(reader.userId, reader.role, annotation, groupIds, reader.hiddenAuthors)) yield annotation;
  }
}

/**
 * The JSON `{ annotations, seq }` the list route sends `reader`: the shared
 * list's annotations they see, without replies by classmates hidden from
 * them, and a deleted one only while a reply they see remains — exactly
 * what listAnnotationsAsOf gives them as of `list.seq`.
 */
export function readerListBody(list: SharedList, reader: ListReader): string {
  const hidden = new Set(reader.hiddenAuthors);
  const pieces: string[] = [];
  for (const annotation of annotationsSeenBy(list, reader)) {
    if (!annotation.replyAuthorIds.some((id) => hidden.has(id))) {
      pieces.push(annotation.json);
      continue;
    }
    // Rare (an assignment hides classmates who replied here): this one is serialised again without their replies.
    const view = JSON.parse(annotation.json) as AnnotationView;
    const replies = view.replies.filter((reply) => !hidden.has(reply.author.id));
    if (view.deleted && replies.length === 0) continue;
    pieces.push(JSON.stringify({ ...view, replies }));
  }
  return `{"annotations":[${pieces.join(",")}],"seq":${list.seq}}`;
}
