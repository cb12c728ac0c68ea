import { can, canModerate, type DocumentRole } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { readableDocument } from "./readable-document";

/**
 * A document `userId` may read, with their role and what it lets them do.
 * Throws NotFoundError when it does not exist or they may not read it: the
 * two must look the same to the caller.
 */
export async function getDocument(db: Tx, userId: string, id: string) {
  const access = await readableDocument(db, userId, id);
  const document = await db.document.findUniqueOrThrow({
    where: { id: access.id },
    // eventSeq: the reader page's live stream starts from the change the page was read at.
    select: { content: true, plainText: true, updatedAt: true, eventSeq: true, owner: { select: { name: true } } },
  });
  return {
    ...access,
    ...document,
    can: capabilities(access.role),
  };
}

/** What a role lets its reader do with a document, as the reader page and the API give it. */
export function capabilities(role: DocumentRole) {
  return {
    annotate: can(role, "annotate"),
    editText: can(role, "editText"),
    share: can(role, "share"),
    delete: can(role, "delete"),
    moderate: canModerate(role),
  };
}
