import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { importDocument } from "@/lib/editor/import-document";
import { ImportError } from "@/lib/editor/import-error";
import { toPlainText } from "@/lib/editor/plain-text";
import { InvalidInputError } from "@/lib/errors";
import type { DocumentImport } from "@/lib/validation/document";
import { takeTokens } from "@/lib/limits/take-tokens";

/**
 * Imports a text for `ownerId` and saves it as a private document. Returns
 * its id and title, and how long the import itself took (for Server-Timing).
 * Throws InvalidInputError (field "text") when the importer cannot make a
 * document of it; nothing is saved then.
 */
export async function createDocument(db: Db, ownerId: string, input: DocumentImport) {
  let imported;
  const started = performance.now();
  try {
    imported = importDocument(input);
  } catch (error) {
    if (error instanceof ImportError) throw new InvalidInputError("text", error.message);
    throw error;
  }
  const importMs = performance.now() - started;
  const id = randomUUID();
  const document = await withDocumentChange(db, { documentId: id, actorId: ownerId }, async (tx, record) => {
    await takeTokens(tx, ownerId, "importDocument");
    record({ kind: "text" });
    return tx.document.create({
      data: {
        id,
        ownerId,
        title: imported.title,
        content: imported.doc.toJSON(),
        plainText: toPlainText(imported.doc),
        sourceFormat: input.format,
      },
      select: { id: true, title: true },
    });
  });
  return { ...document, importMs };
}
