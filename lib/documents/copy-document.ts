import type { Db } from "@/lib/db/client";
import { getDocument } from "./get-document";

/**
 * Copies a document `userId` can read into a private document of theirs,
 * text only (annotations stay with the original; export and import them to
 * carry them over). Throws NotFoundError like getDocument.
 */
export async function copyDocument(db: Db, userId: string, id: string) {
  const source = await getDocument(db, userId, id);
  const full = await db.document.findUniqueOrThrow({ where: { id }, select: { plainText: true, sourceFormat: true } });
  return db.document.create({
    data: {
      ownerId: userId,
      title: source.title,
      content: source.content ?? {},
      plainText: full.plainText,
      sourceFormat: full.sourceFormat,
    },
    select: { id: true, title: true },
  });
}
