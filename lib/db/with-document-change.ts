import type { Db, Tx } from "./client";

/**
 * The one path every change to a document's data takes: its annotations,
 * replies, maps and their history, its text and its shares. The change runs
 * in one transaction that first locks the document's row, so changes to one
 * document are applied one at a time, in the order they commit, and each
 * change sees the access rules as they stand when it runs (a share removed a
 * moment earlier is already gone). A document being created has no row to
 * lock yet; nothing else can reach it until the change commits.
 *
 * Keep the work inside short: on PGlite an open transaction holds up every
 * other query of the process.
 */
export async function withDocumentChange<T>(db: Db, documentId: string, change: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`select 1 from "Document" where id = ${documentId}::uuid for update`;
    return change(tx);
  });
}
