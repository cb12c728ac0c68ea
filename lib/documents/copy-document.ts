import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { readableDocument } from "./readable-document";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * Copies a document `userId` can read into a private document of theirs,
 * text only (annotations stay with the original; export and import them to
 * carry them over). Throws NotFoundError like readableDocument.
 */
export async function copyDocument(db: Db, userId: string, id: string) {
  const source = await readableDocument(db, userId, id);
  const full = await db.document.findUniqueOrThrow({
    where: { id: source.id },
    select: { content: true, plainText: true, sourceFormat: true },
  });
  const copyId = randomUUID();
  return withDocumentChange(db, { documentId: copyId, actorId: userId }, async (tx, record) => {
    await takeTokens(tx, userId, "importDocument");
    record({ kind: "text" });
    return tx.document.create({
      data: {
        id: copyId,
        ownerId: userId,
        title: source.title,
        content: full.content ?? {},
        plainText: full.plainText,
        sourceFormat: full.sourceFormat,
      },
      select: { id: true, title: true },
    });
  });
}
