import { canEditMapGraph, canManageMap, canSee, refusal } from "@/lib/auth/permissions";
import { hiddenPeerAuthors } from "@/lib/classroom/hidden-peers";
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

/** What a caller means to do with a map: look at it, edit its graph (shared maps: everyone who may annotate), or rename, share, restore or delete it (its owner). */
export type MapNeed = "see" | "editGraph" | "manage";

/**
 * A map on `document` that `userId` may see (theirs, or shared with
 * everyone or a group of theirs, and not a classmate's an assignment hides
 * for now), with what they may do to it. Throws
 * NotFoundError otherwise — someone else's private map looks missing — and
 * ForbiddenError when `need` asks for more than they may.
 */
async function mapOn(tx: Tx, userId: string, document: AccessibleDocument, id: string, need: MapNeed) {
  const row = await tx.argumentMap.findFirst({
    where: { id, documentId: document.id },
    select: {
      ...MAP_VIEW_SELECT,
      group: { select: { id: true, name: true, members: { where: { userId }, select: { id: true } } } },
    },
  });
  const audience = row && { authorId: row.ownerId, visibility: row.visibility, groupId: row.groupId };
  const inGroup = !!row?.group?.members.length;
  if (!row || !audience || !canSee(userId, document.role, audience, inGroup)) throw new NotFoundError(MAP_NOT_FOUND);
  // A classmate's, while an assignment hides classmates from this student: as missing as any other unseen one.
  if (row.ownerId !== userId && (await hiddenPeerAuthors(tx, userId, document.id)).includes(row.ownerId)) {
    throw new NotFoundError(MAP_NOT_FOUND);
  }
  const rights = {
    canEdit: canEditMapGraph(userId, document.role, audience, inGroup),
    canManage: canManageMap(userId, document.role, audience),
  };
  if ((need === "editGraph" && !rights.canEdit) || (need === "manage" && !rights.canManage)) {
    throw new ForbiddenError(
      row.ownerId === userId
        ? refusal("annotate")
        : need === "manage"
          ? "Only the map's owner can rename, share, restore or delete it"
          : "Only the map's owner can change it while it is private",
    );
  }
  const map = { ...row, group: row.group && { id: row.group.id, name: row.group.name } };
  return { ...map, audience, document, view: toMapView(map, rights) };
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
  return mapOn(db, userId, await asMapNotFound(readableDocument(db, userId, documentId, "export")), id, "see");
}

export type EditableMap = Awaited<ReturnType<typeof mapOn>>;

/**
 * Runs `change` on a map through its document's change path once mapOn has
 * found that `userId` may do what `need` says (NotFoundError /
 * ForbiddenError before anything is written), and records the change with
 * who saw the map before and who sees it after.
 */
export async function changeMap<T>(
  db: Db,
  userId: string,
  id: string,
  need: Exclude<MapNeed, "see">,
  change: (tx: Tx, map: EditableMap) => Promise<T>,
): Promise<T> {
  const documentId = await documentOfMap(db, id);
  return asMapNotFound(
    changeDocument(db, userId, documentId, "read", async (tx, document, record) => {
      const map = await mapOn(tx, userId, document, id, need);
      const result = await change(tx, map);
      const after = await tx.argumentMap.findUnique({
        where: { id },
        select: { ownerId: true, visibility: true, groupId: true },
      });
      const now = after && { authorId: after.ownerId, visibility: after.visibility, groupId: after.groupId };
      record({ kind: "map", id, audiences: now ? [map.audience, now] : [map.audience] });
      return result;
    }),
  );
}
