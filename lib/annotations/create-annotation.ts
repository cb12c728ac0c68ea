import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { targetAt } from "@/lib/anchoring/target-at";
import { changeDocumentText } from "@/lib/documents/change-document";
import { checkedAudience } from "@/lib/documents/checked-audience";
import { InvalidInputError } from "@/lib/errors";
import type { AnnotationCreate, TextTarget } from "@/lib/validation/annotation";
import { searchTextOf, toAnnotationView } from "./annotation-view";
import { insertAnnotationRow } from "./insert-annotation-row";
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
 */
export async function createAnnotation(db: Db, userId: string, documentId: string, input: AnnotationCreate) {
  return changeDocumentText(db, userId, documentId, "annotate", async (tx, document, _record, recordWithin) => {
    await takeTokens(tx, userId, "annotate");
    await checkAnnotationCaps(tx, documentId, userId, 1);
    const target = verifiedTarget(document.plainText, input.target);
    const audience = await checkedAudience(tx, userId, document, input);
    const id = randomUUID();
    const events = recordWithin({ kind: "annotation", id, audiences: [{ authorId: userId, ...audience }] });
    const row = await insertAnnotationRow(
      tx,
      {
        id,
        documentId,
        authorId: userId,
        kind: input.kind,
        comment: input.comment,
        tags: input.tags,
        ...audience,
        ...target,
        searchText: searchTextOf({ exact: target.exact, comment: input.comment, tags: input.tags }),
      },
      events,
    );
    return toAnnotationView(row);
  });
}
