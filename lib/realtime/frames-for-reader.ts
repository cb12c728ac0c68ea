import {
  canEditMapGraph,
  canManageMap,
  canSee,
  type Audience as SeenBy,
  type DocumentRole,
} from "@/lib/auth/permissions";
import { toMapView } from "@/lib/maps/map-view";
import type { LiveFrame } from "./live-frame";
import type { ResolvedChanges } from "./resolve-changes";

/**
 * Who is reading: their role on the document, the groups they belong to,
 * and the classmates whose annotations an assignment hides from them for now
 * (lib/classroom/hidden-peers.ts; absent: none).
 */
export type ReaderAccess = {
  userId: string;
  role: DocumentRole;
  groupIds: ReadonlySet<string>;
  hiddenAuthors?: ReadonlySet<string>;
};

/** What one change means for one reader: a frame, a silent step past it, or "check their access again". */
export type ReaderStep = { frame: LiveFrame } | { skip: number } | { recheck: number };

type Audience = SeenBy & { authorId: string };

/** Whether the reader sees an item; `annotation`: it is an annotation, which hidden classmates' are not. */
function sees(reader: ReaderAccess, audience: Audience, annotation = false): boolean {
  if (annotation && audience.authorId !== reader.userId && reader.hiddenAuthors?.has(audience.authorId)) return false;
  return canSee(
    reader.userId,
    reader.role,
    audience,
    audience.groupId !== null && reader.groupIds.has(audience.groupId),
  );
}

/**
 * The steps of a batch of changes for one reader: each change they may see
 * becomes a frame with the item as it is now; a change to an item they no
 * longer see, but saw before it, says it is gone; anything else is skipped
 * silently (a private annotation's change reaches its author alone). An item
 * changed several times in the batch is sent once, at its last change.
 */
export function stepsForReader(reader: ReaderAccess, resolved: ResolvedChanges): ReaderStep[] {
  const last = new Map<string, number>();
  // Items the reader saw at any of their changes in the batch: the frame
  // sent at the last change must say "gone" if they saw it at an earlier
  // one (made private, then edited while private).
  const seen = new Set<string>();
  for (const change of resolved.changes) {
    if (!change.entityId) continue;
    last.set(change.entityId, change.seq);
    if (change.audiences.some((audience) => sees(reader, audience, change.kind === "annotation"))) {
      seen.add(change.entityId);
    }
  }
  const { asOf } = resolved;
  return resolved.changes.map((change): ReaderStep => {
    const { seq } = change;
    if (change.entityId && last.get(change.entityId) !== seq) return { skip: seq };
    const sawBefore = change.entityId
      ? seen.has(change.entityId)
      : change.audiences.some((audience) => sees(reader, audience));
    switch (change.kind) {
      case "annotation": {
        const annotation = resolved.annotations.get(change.entityId!);
        const gone = !annotation || (annotation.deleted && annotation.replies.length === 0);
        const audience = annotation && {
          authorId: annotation.author.id,
          visibility: annotation.visibility,
          groupId: annotation.group?.id ?? null,
          hidden: annotation.hidden,
        };
        if (!gone && audience && sees(reader, audience, true))
          return { frame: { type: "annotation", seq, asOf, annotation } };
        return sawBefore ? { frame: { type: "annotation-removed", seq, asOf, id: change.entityId! } } : { skip: seq };
      }
      case "map": {
        const map = resolved.maps.get(change.entityId!);
        const audience = map && { authorId: map.ownerId, visibility: map.visibility, groupId: map.groupId };
        if (map && audience && sees(reader, audience)) {
          const inGroup = map.groupId !== null && reader.groupIds.has(map.groupId);
          const rights = {
            canEdit: canEditMapGraph(reader.userId, reader.role, audience, inGroup),
            canManage: canManageMap(reader.userId, reader.role, audience),
          };
          const by = change.actorId ? (resolved.actors.get(change.actorId) ?? null) : null;
          return { frame: { type: "map", seq, asOf, map: toMapView(map, rights), by } };
        }
        return sawBefore ? { frame: { type: "map-removed", seq, asOf, id: change.entityId! } } : { skip: seq };
      }
      case "annotations":
        return sawBefore ? { frame: { type: "annotations", seq } } : { skip: seq };
      case "text":
        return { frame: { type: "text", seq } };
      case "access":
        return { recheck: seq };
    }
  });
}
