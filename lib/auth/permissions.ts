import type { Prisma } from "@/lib/db/generated/client";

/**
 * Who may do what. Every permission rule of Warrant lives here, and lib/
 * functions call these; routes never decide access themselves.
 */

type DocumentAccess = { ownerId: string; visibility: "PRIVATE" | "EVERYONE" };

/** Documents a signed-in user may read: their own and those shared with everyone. */
export function readableDocumentsWhere(userId: string): Prisma.DocumentWhereInput {
  return { OR: [{ ownerId: userId }, { visibility: "EVERYONE" }] };
}

export function canReadDocument(userId: string, document: DocumentAccess): boolean {
  return document.ownerId === userId || document.visibility === "EVERYONE";
}

/** Only the owner edits a document's text. */
export function canEditDocument(userId: string, document: DocumentAccess): boolean {
  return document.ownerId === userId;
}
