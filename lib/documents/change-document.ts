import type { DocumentAction } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { withDocumentChange, type RecordEvent, type RecordEventWithin } from "@/lib/db/with-document-change";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { DOCUMENT_NOT_FOUND, lockReadableDocument, type readableDocument } from "./readable-document";

export type AccessibleDocument = Awaited<ReturnType<typeof readableDocument>>;

/**
 * Runs `change` as `userId` on a document through the one change path
 * (withDocumentChange), after checking, inside its transaction, that their
 * role allows `action`: NotFoundError when they may not read the document,
 * ForbiddenError when they may read it but not do `action`. Nothing is
 * written then. `change` records what it changed, as withDocumentChange asks
 * (`recordWithin`: in the statement of its last write).
 */
export async function changeDocument<T>(
  db: Db,
  userId: string,
  documentId: string,
  action: DocumentAction,
  change: (tx: Tx, document: AccessibleDocument, record: RecordEvent, recordWithin: RecordEventWithin) => Promise<T>,
): Promise<T> {
  return changeAccessibleDocument(db, userId, documentId, action, false, change);
}

/** changeDocument for a change that needs the document's plain text (placing a quote in it). */
export async function changeDocumentText<T>(
  db: Db,
  userId: string,
  documentId: string,
  action: DocumentAction,
  change: (
    tx: Tx,
    document: AccessibleDocument & { plainText: string },
    record: RecordEvent,
    recordWithin: RecordEventWithin,
  ) => Promise<T>,
): Promise<T> {
  return changeAccessibleDocument(db, userId, documentId, action, true, (tx, document, record, recordWithin, text) =>
    change(tx, { ...document, plainText: text! }, record, recordWithin),
  );
}

/**
 * The access check is the change's first statement and takes the
 * document's row lock too (lockReadableDocument): one round trip, not two.
 */
async function changeAccessibleDocument<T>(
  db: Db,
  userId: string,
  documentId: string,
  action: DocumentAction,
  withText: boolean,
  change: (
    tx: Tx,
    document: AccessibleDocument,
    record: RecordEvent,
    recordWithin: RecordEventWithin,
    plainText?: string,
  ) => Promise<T>,
): Promise<T> {
  if (!isUuid(documentId)) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  let locked: Awaited<ReturnType<typeof lockReadableDocument>> | undefined;
  return withDocumentChange(
    db,
    { documentId, actorId: userId },
    async (tx, record, recordWithin) => change(tx, locked!.document, record, recordWithin, locked!.plainText),
    async (tx) => {
      locked = await lockReadableDocument(tx, userId, documentId, action, withText);
    },
  );
}
