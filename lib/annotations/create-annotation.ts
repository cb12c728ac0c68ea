import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { targetAt } from "@/lib/anchoring/target-at";
import { changeDocumentText } from "@/lib/documents/change-document";
import { checkedAudience } from "@/lib/documents/checked-audience";
import { InvalidInputError, UnauthenticatedError } from "@/lib/errors";
import type { AnnotationCreate, AnnotationVisibility, TextTarget } from "@/lib/validation/annotation";
import { searchTextOf, toAnnotationView } from "./annotation-view";
import { insertAnnotationRow, type NewAnnotation } from "./insert-annotation-row";
import { insertAnnotationUnlessChanged } from "./insert-annotation-unless-changed";
import {
  readableDocumentTextAndFacts,
  sessionDocumentTextAndFacts,
  type AccessFacts,
} from "@/lib/documents/readable-document";
import { checkAnnotationCaps } from "@/lib/limits/annotation-caps";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * Checks a target against the document's text and returns it with prefix and
 * suffix taken from the text itself (the server's text is the reference).
 * Throws InvalidInputError naming the field when the positions fall outside
 * the text or the quote is not what the text holds there.
 */
export function verifiedTarget(text: string, target: TextTarget): TextTarget {
  if (target.end > text.length) {
    throw new InvalidInputError("target.end", `target.end is past the end of the document (${text.length} characters)`);
  }
  if (text.slice(target.start, target.end) !== target.exact) {
    throw new InvalidInputError("target.exact", "target.exact does not match the document at target.start–target.end");
  }
  return targetAt(text, target.start, target.end);
}

/**
 * Tags a passage of a document `userId` may annotate. Throws NotFoundError
 * for a document they cannot read, ForbiddenError when they may only read
 * it, and InvalidInputError for a target that does not match its text or a
 * group they may not address; nothing is saved then.
 *
 * Every class tags at once, so the common tag (not addressed to a group)
 * is checked by one read and written by one statement that holds to what
 * the read saw (insert-annotation-unless-changed.ts); when something
 * changed in between, or a limit is reached, the tag takes the change
 * path's transaction, which decides again and says why it refuses.
 */
export async function createAnnotation(db: Db, userId: string, documentId: string, input: AnnotationCreate) {
  if (input.visibility === "group") return createInChange(db, userId, documentId, input);
  const { document, facts } = await readableDocumentTextAndFacts(db, userId, documentId, "annotate");
  return createUnlessChanged(db, userId, documentId, input, document.plainText, facts);
}

/**
 * createAnnotation for the browser holding session `sessionId` (the POST
 * route), its session checked in the same statement as the document:
 * UnauthenticatedError when the session is not live.
 */
export async function createAnnotationForSession(
  db: Db,
  sessionId: string,
  documentId: string,
  input: AnnotationCreate,
) {
  const read = await sessionDocumentTextAndFacts(db, sessionId, documentId, "annotate");
  if (!read) throw new UnauthenticatedError();
  if (input.visibility === "group") return createInChange(db, read.userId, documentId, input);
  return createUnlessChanged(db, read.userId, documentId, input, read.document.plainText, read.facts);
}

async function createUnlessChanged(
  db: Db,
  userId: string,
  documentId: string,
  input: AnnotationCreate,
  plainText: string,
  facts: AccessFacts,
) {
  const target = verifiedTarget(plainText, input.target);
  const audience = { visibility: input.visibility, groupId: null };
  const row = await insertAnnotationUnlessChanged(
    db,
    newAnnotation(userId, documentId, input, target, audience),
    facts,
  );
  return row ? toAnnotationView(row) : createInChange(db, userId, documentId, input);
}

/** The change path: one transaction under the document's row lock, every check made again. */
async function createInChange(db: Db, userId: string, documentId: string, input: AnnotationCreate) {
  return changeDocumentText(db, userId, documentId, "annotate", async (tx, document, _record, recordWithin) => {
    await takeTokens(tx, userId, "annotate");
    await checkAnnotationCaps(tx, documentId, userId, 1);
    const target = verifiedTarget(document.plainText, input.target);
    const annotation = newAnnotation(
      userId,
      documentId,
      input,
      target,
      await checkedAudience(tx, userId, document, input),
    );
    const events = recordWithin({
      kind: "annotation",
      id: annotation.id,
      audiences: [{ authorId: userId, visibility: annotation.visibility, groupId: annotation.groupId }],
    });
    return toAnnotationView(await insertAnnotationRow(tx, annotation, events));
  });
}

function newAnnotation(
  userId: string,
  documentId: string,
  input: AnnotationCreate,
  target: TextTarget,
  audience: { visibility: AnnotationVisibility; groupId: string | null },
): NewAnnotation {
  return {
    id: randomUUID(),
    documentId,
    authorId: userId,
    kind: input.kind,
    comment: input.comment,
    tags: input.tags,
    ...audience,
    ...target,
    searchText: searchTextOf({ exact: target.exact, comment: input.comment, tags: input.tags }),
  };
}
