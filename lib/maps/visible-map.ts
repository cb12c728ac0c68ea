import { canEditOwn, canSee, refusal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { changeDocument, type AccessibleDocument } from "@/lib/documents/change-document";
import { DOCUMENT_NOT_FOUND, readableDocument } from "@/lib/documents/readable-document";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";

const MAP_NOT_FOUND = "Map not found";

/** Where a map lives: its document's id, or NotFoundError. */
async function documentOfMap(db: Tx, id: string): Promise<string> {
  const located = isUuid(id) ? await db.argumentMap.findUnique({ where: { id }, select: { documentId: true } }) : null;
  if (!located) throw new NotFoundError(MAP_NOT_FOUND);
  return located.documentId;
}

/**
 * A map on `document` that `userId` may see (theirs, or shared with
 * everyone or a group of theirs). Throws NotFoundError otherwise — someone
 * else's private map looks missing — and, with `mustEdit`, ForbiddenError
 * unless `userId` owns it and may still annotate the document.
 */
async function mapOn(
  tx: Tx,
  userId: string,
  document: AccessibleDocument,
  id: string,
  options: { mustEdit?: boolean },
) {
  const row = await tx.argumentMap.findFirst({
    where: { id, documentId: document.id },
    select: {
      ...MAP_VIEW_SELECT,
      group: { select: { id: true, name: true, members: { where: { userId }, select: { id: true } } } },
    },
  });
  if (!row || !canSee(userId, document.role, { ...row, authorId: row.ownerId }, !!row.group?.members.length)) {
    throw new NotFoundError(MAP_NOT_FOUND);
  }
  const editable = canEditOwn(userId, document.role, { authorId: row.ownerId });
  if (options.mustEdit && !editable) {
    throw new ForbiddenError(row.ownerId === userId ? refusal("annotate") : "Only the map's owner can change it");
  }
  const map = { ...row, group: row.group && { id: row.group.id, name: row.group.name } };
  return { ...map, document, view: toMapView(map, editable) };
}

/** Someone else's map on a document the caller cannot read looks missing, like the map itself. */
async function asMapNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError && error.message === DOCUMENT_NOT_FOUND) throw new NotFoundError(MAP_NOT_FOUND);
    throw error;
  }
}

/** A map `userId` may see, for reading (NotFoundError otherwise). */
export async function visibleMap(db: Tx, userId: string, id: string) {
  const documentId = await documentOfMap(db, id);
  return mapOn(db, userId, await asMapNotFound(readableDocument(db, userId, documentId, "export")), id, {});
}

export type EditableMap = Awaited<ReturnType<typeof mapOn>>;

/**
 * Runs `change` on a map its owner may edit, through its document's change
 * path; NotFoundError / ForbiddenError (see mapOn) before anything is written.
 */
export async function changeMap<T>(
  db: Db,
  userId: string,
  id: string,
  change: (tx: Tx, map: EditableMap) => Promise<T>,
): Promise<T> {
  const documentId = await documentOfMap(db, id);
  return asMapNotFound(
    changeDocument(db, userId, documentId, "read", async (tx, document) =>
      change(tx, await mapOn(tx, userId, document, id, { mustEdit: true })),
    ),
  );
}
