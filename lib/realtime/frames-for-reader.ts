import {
  canEditMapGraph,
  canManageMap,
  canSee,
  type Audience as SeenBy,
  type DocumentRole,
} from "@/lib/auth/permissions";
import { toMapView } from "@/lib/maps/map-view";
import type { AnnotationView } from "@/lib/validation/annotation";
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

/**
 * What one change means for one reader: a frame, a silent step past it, or
 * "check their access again". `personal`: the frame was cut to this reader
 * (a hidden classmate's replies left out), so it is not the one others get.
 */
export type ReaderStep = { frame: LiveFrame; personal?: true } | { skip: number } | { recheck: number };

type Audience = SeenBy & { authorId: string };

/** Whether the reader sees an item; `work`: it is an annotation or a map, which hidden classmates' are not. */
function sees(reader: ReaderAccess, audience: Audience, work = false): boolean {
  if (work && audience.authorId !== reader.userId && reader.hiddenAuthors?.has(audience.authorId)) return false;
  return canSee(
    reader.userId,
    reader.role,
    audience,
    audience.groupId !== null && reader.groupIds.has(audience.groupId),
  );
}

/** The annotation as the reader may see it: without replies by classmates hidden from them (the same object when none is). */
function withoutHiddenReplies(reader: ReaderAccess, annotation: AnnotationView): AnnotationView {
  const hidden = reader.hiddenAuthors;
  if (!hidden?.size || !annotation.replies.some((reply) => hidden.has(reply.author.id))) return annotation;
  return { ...annotation, replies: annotation.replies.filter((reply) => !hidden.has(reply.author.id)) };
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
    if (
      change.audiences.some((audience) => sees(reader, audience, change.kind === "annotation" || change.kind === "map"))
    ) {
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
        const shared = resolved.annotations.get(change.entityId!);
        const annotation = shared && withoutHiddenReplies(reader, shared);
        const gone = !annotation || (annotation.deleted && annotation.replies.length === 0);
        const audience = annotation && {
          authorId: annotation.author.id,
          visibility: annotation.visibility,
          groupId: annotation.group?.id ?? null,
          hidden: annotation.hidden,
        };
        if (!gone && audience && sees(reader, audience, true)) {
          const frame = { type: "annotation" as const, seq, asOf, annotation };
          return annotation === shared ? { frame } : { frame, personal: true };
        }
        return sawBefore ? { frame: { type: "annotation-removed", seq, asOf, id: change.entityId! } } : { skip: seq };
      }
      case "map": {
        const map = resolved.maps.get(change.entityId!);
        const audience = map && { authorId: map.ownerId, visibility: map.visibility, groupId: map.groupId };
        if (map && audience && sees(reader, audience, true)) {
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
