import type { DocumentAction } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { withDocumentChange, type RecordEvent } from "@/lib/db/with-document-change";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { DOCUMENT_NOT_FOUND, readableDocument } from "./readable-document";

export type AccessibleDocument = Awaited<ReturnType<typeof readableDocument>>;

/**
 * Runs `change` as `userId` on a document through the one change path
 * (withDocumentChange), after checking, inside its transaction, that their
 * role allows `action`: NotFoundError when they may not read the document,
 * ForbiddenError when they may read it but not do `action`. Nothing is
 * written then. `change` records what it changed, as withDocumentChange asks.
 */
export async function changeDocument<T>(
  db: Db,
  userId: string,
  documentId: string,
  action: DocumentAction,
  change: (tx: Tx, document: AccessibleDocument, record: RecordEvent) => Promise<T>,
): Promise<T> {
  if (!isUuid(documentId)) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  return withDocumentChange(db, { documentId, actorId: userId }, async (tx, record) =>
    change(tx, await readableDocument(tx, userId, documentId, action), record),
  );
}
