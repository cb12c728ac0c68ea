import { randomUUID } from "node:crypto";
import { MatchBudget } from "@/lib/anchoring/match-budget";
import { matchQuote } from "@/lib/anchoring/match-quote";
import { targetAt } from "@/lib/anchoring/target-at";
import type { Db } from "@/lib/db/client";
import { changeDocument } from "@/lib/documents/change-document";
import { checkedAudience } from "@/lib/documents/checked-audience";
import { readableDocumentText } from "@/lib/documents/readable-document";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { AnnotationVisibility, TextTarget } from "@/lib/validation/annotation";
import { searchTextOf } from "./annotation-view";
import { parseW3CAnnotations } from "@/lib/w3c/parse";
import { W3CParseError } from "@/lib/w3c/parse-error";
import { checkAnnotationCaps } from "@/lib/limits/annotation-caps";
import { takeTokens } from "@/lib/limits/take-tokens";

/** The target re-anchored by its quote in `text`, or as given when it cannot be placed (an orphan). */
function placeInText(text: string, target: TextTarget, budget: MatchBudget): { target: TextTarget; placed: boolean } {
  const match = matchQuote(text, target, { budget });
  return match ? { target: targetAt(text, match.start, match.end), placed: true } : { target, placed: false };
}

// Quotes placed between two yields to the event loop.
const CHUNK = 50;

/** `items` mapped by `place`, a chunk at a time with the event loop free in between. */
async function inChunks<T, R>(items: readonly T[], place: (item: T) => R): Promise<R[]> {
  const placed: R[] = [];
  for (let first = 0; first < items.length; first += CHUNK) {
    if (first > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    placed.push(...items.slice(first, first + CHUNK).map(place));
  }
  return placed;
}

/**
 * Imports W3C Web Annotation JSON-LD as `userId`'s annotations on a document
 * they can read, each placed by its quote (positions from another copy of the
 * text are only a hint). Annotations whose quote is not found are kept as
 * orphans with their selectors, never dropped — so are those left when the
 * import's MatchBudget for quote searches is spent, which the result counts
 * as `overBudget` (among `orphaned`). Replies become replies by
 * `userId`. All or nothing: a parse error (InvalidInputError naming the JSON
 * path), a group the caller may not address, or a text that changed during
 * the import (ConflictError) saves nothing.
 */
export async function importW3CAnnotations(
  db: Db,
  userId: string,
  documentId: string,
  json: unknown,
  audience: { visibility: AnnotationVisibility; groupId?: string | null },
) {
  let parsed;
  try {
    parsed = parseW3CAnnotations(json);
  } catch (error) {
    if (error instanceof W3CParseError) throw new InvalidInputError(error.path || "body", error.message);
    throw error;
  }
  // Quotes are placed before the change's transaction opens, which must stay short;
  // the change then checks that the text is still the one they were placed in.
  const { plainText, version } = await readableDocumentText(db, userId, documentId, "annotate");
  const budget = new MatchBudget();
  // Ids are made here so replies can point at their new parents in one batch.
  const placed = await inChunks(parsed.annotations, (annotation) => ({
    id: randomUUID(),
    sourceId: annotation.sourceId,
    kind: annotation.kind,
    comment: annotation.comment,
    tags: annotation.tags,
    deletedAt: null as Date | null,
    ...placeInText(plainText, annotation.target, budget),
  }));
  const overBudget = budget.gaveUp;
  // A deleted annotation that had replies comes as a placeholder; it is kept
  // (deleted) only so that its thread survives.
  const now = new Date();
  const placeholders = await inChunks(parsed.placeholders, (placeholder) => ({
    id: randomUUID(),
    sourceId: placeholder.sourceId,
    kind: "note" as const,
    comment: "",
    tags: [] as string[],
    deletedAt: now,
    ...placeInText(plainText, placeholder.target, budget),
  }));
  return changeDocument(db, userId, documentId, "annotate", async (tx, document, record) => {
    if (document.version !== version) {
      throw new ConflictError("The document's text changed during the import; import the file again", {
        version: document.version,
      });
    }
    const { visibility, groupId } = await checkedAudience(tx, userId, document, audience);
    record({ kind: "annotations", audiences: [{ authorId: userId, visibility, groupId }] });
    const all = [...placed, ...placeholders];
    // Counted by what it adds: one import may not do what 5,000 requests could not.
    await takeTokens(tx, userId, "importAnnotations", all.length);
    await checkAnnotationCaps(tx, documentId, userId, placed.length);
    await tx.annotation.createMany({
      data: all.map(({ id, kind, comment, tags, deletedAt, target }) => ({
        id,
        documentId,
        authorId: userId,
        kind,
        comment,
        tags,
        visibility,
        groupId,
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
      overBudget,
      replies: replies.length,
    };
  });
}
