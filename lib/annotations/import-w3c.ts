import { randomUUID } from "node:crypto";
import { matchQuote } from "@/lib/anchoring/match-quote";
import { targetAt } from "@/lib/anchoring/target-at";
import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import type { AnnotationVisibility, TextTarget } from "@/lib/validation/annotation";
import { searchTextOf } from "./annotation-view";
import { readableDocumentText } from "../documents/readable-document";
import { parseW3CAnnotations } from "../w3c/parse";
import { W3CParseError } from "../w3c/parse-error";

/** The target re-anchored by its quote in `text`, or as given when it cannot be placed (an orphan). */
function placeInText(text: string, target: TextTarget): { target: TextTarget; placed: boolean } {
  const match = matchQuote(text, target);
  return match ? { target: targetAt(text, match.start, match.end), placed: true } : { target, placed: false };
}

/**
 * Imports W3C Web Annotation JSON-LD as `userId`'s annotations on a document
 * they can read, each placed by its quote (positions from another copy of the
 * text are only a hint). Annotations whose quote is not found are kept as
 * orphans with their selectors, never dropped. Replies become replies by
 * `userId`. All or nothing: a parse error (InvalidInputError naming the JSON
 * path) saves nothing.
 */
export async function importW3CAnnotations(
  db: Db,
  userId: string,
  documentId: string,
  json: unknown,
  visibility: AnnotationVisibility,
) {
  const document = await readableDocumentText(db, userId, documentId);
  let parsed;
  try {
    parsed = parseW3CAnnotations(json);
  } catch (error) {
    if (error instanceof W3CParseError) throw new InvalidInputError(error.path || "body", error.message);
    throw error;
  }
  // Ids are made here so replies can point at their new parents in one batch.
  const placed = parsed.annotations.map((annotation) => ({
    id: randomUUID(),
    sourceId: annotation.sourceId,
    kind: annotation.kind,
    comment: annotation.comment,
    tags: annotation.tags,
    deletedAt: null as Date | null,
    ...placeInText(document.plainText, annotation.target),
  }));
  // A deleted annotation that had replies comes as a placeholder; it is kept
  // (deleted) only so that its thread survives.
  const now = new Date();
  const placeholders = parsed.placeholders.map((placeholder) => ({
    id: randomUUID(),
    sourceId: placeholder.sourceId,
    kind: "note" as const,
    comment: "",
    tags: [] as string[],
    deletedAt: now,
    ...placeInText(document.plainText, placeholder.target),
  }));
  const all = [...placed, ...placeholders];
  return db.$transaction(async (tx) => {
    await tx.annotation.createMany({
      data: all.map(({ id, kind, comment, tags, deletedAt, target }) => ({
        id,
        documentId,
        authorId: userId,
        kind,
        comment,
        tags,
        visibility,
        deletedAt,
        ...target,
        searchText: deletedAt ? target.exact : searchTextOf({ exact: target.exact, comment, tags }),
      })),
    });
    const newIdBySource = new Map(all.flatMap(({ id, sourceId }) => (sourceId ? [[sourceId, id]] : [])));
    // A thread is read in createdAt order: replies keep the time the file
    // gives them, and those without one keep the file's order, a millisecond apart.
    const replies = parsed.replies.flatMap((reply, index) => {
      const annotationId = newIdBySource.get(reply.parentSourceId);
      const createdAt = reply.created ? new Date(reply.created) : new Date(now.getTime() + index);
      return annotationId ? [{ annotationId, authorId: userId, body: reply.body, createdAt }] : [];
    });
    await tx.reply.createMany({ data: replies });
    return {
      imported: placed.length,
      orphaned: placed.filter((entry) => !entry.placed).length,
      replies: replies.length,
    };
  });
}
