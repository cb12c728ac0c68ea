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

type AnnotationAccess = { authorId: string; visibility: "private" | "everyone" };

/**
 * Annotations `userId` may see on a document they can read: their own, and
 * others' shared with everyone who can read the document.
 */
export function visibleAnnotationsWhere(userId: string, documentId: string): Prisma.AnnotationWhereInput {
  return { documentId, OR: [{ authorId: userId }, { visibility: "everyone" }] };
}

export function canSeeAnnotation(userId: string, annotation: AnnotationAccess, document: DocumentAccess): boolean {
  return canReadDocument(userId, document) && (annotation.authorId === userId || annotation.visibility === "everyone");
}

/** Only the author edits, deletes or restores an annotation. */
export function canEditAnnotation(userId: string, annotation: AnnotationAccess): boolean {
  return annotation.authorId === userId;
}

/** Anyone who can see an annotation may reply to it. */
export const canReplyToAnnotation = canSeeAnnotation;

type MapAccess = { ownerId: string; visibility: "private" | "everyone" };

/** Maps `userId` may see on a document they can read: their own and those shared with everyone. */
export function visibleMapsWhere(userId: string, documentId: string): Prisma.ArgumentMapWhereInput {
  return { documentId, OR: [{ ownerId: userId }, { visibility: "everyone" }] };
}

export function canSeeMap(userId: string, map: MapAccess, document: DocumentAccess): boolean {
  return canReadDocument(userId, document) && (map.ownerId === userId || map.visibility === "everyone");
}

/** Only a map's owner edits, renames, restores or deletes it. */
export function canEditMap(userId: string, map: MapAccess): boolean {
  return map.ownerId === userId;
}
