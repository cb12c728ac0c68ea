import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { targetAt } from "@/lib/anchoring/target-at";
import type { AnnotationCreate, TextTarget } from "@/lib/validation/annotation";
import { ANNOTATION_VIEW_SELECT, searchTextOf, toAnnotationView } from "./annotation-view";
import { readableDocumentText } from "../documents/readable-document";

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
 * Tags a passage of a document `userId` can read. Throws NotFoundError for a
 * document they cannot read and InvalidInputError for a target that does not
 * match its text; nothing is saved then.
 */
export async function createAnnotation(db: Db, userId: string, documentId: string, input: AnnotationCreate) {
  const document = await readableDocumentText(db, userId, documentId);
  const target = verifiedTarget(document.plainText, input.target);
  const row = await db.annotation.create({
    data: {
      documentId,
      authorId: userId,
      kind: input.kind,
      comment: input.comment,
      tags: input.tags,
      visibility: input.visibility,
      ...target,
      searchText: searchTextOf({ exact: target.exact, comment: input.comment, tags: input.tags }),
    },
    select: ANNOTATION_VIEW_SELECT,
  });
  return toAnnotationView(row);
}
