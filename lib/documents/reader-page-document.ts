import type { Tx } from "@/lib/db/client";
import { capabilities } from "./get-document";
import { readableDocumentPage } from "./readable-document";

/**
 * What the reader page /documents/{id} needs of its document, in one
 * statement (getDocument takes two and reads the plain text too): the
 * document, the reader's role and what it lets them do, and whether a share
 * to them is still unopened, so the page asks markShareOpened only then.
 * Throws NotFoundError as getDocument does.
 */
export async function readerPageDocument(db: Tx, userId: string, id: string) {
  const { ownerName, ...document } = await readableDocumentPage(db, userId, id);
  return { ...document, owner: { name: ownerName }, can: capabilities(document.role) };
}
