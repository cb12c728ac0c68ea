import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";

/** A map as the API returns it. */
export type MapView = {
  id: string;
  documentId: string;
  title: string;
  visibility: AnnotationVisibility;
  /** The group that sees it, when `visibility` is "group" (null if the group was deleted). */
  group: { id: string; name: string } | null;
  version: number;
  graph: MapGraph;
  owner: { id: string; name: string };
  /** Whether the caller may edit its statements and links. */
  canEdit: boolean;
  /** Whether the caller may rename it, change who sees it, restore a version or delete it. */
  canManage: boolean;
  updatedAt: string;
};

export const MAP_VIEW_SELECT = {
  id: true,
  documentId: true,
  title: true,
  visibility: true,
  groupId: true,
  version: true,
  graph: true,
  ownerId: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  group: { select: { id: true, name: true } },
} as const;

type MapRow = {
  id: string;
  documentId: string;
  title: string;
  visibility: AnnotationVisibility;
  groupId: string | null;
  group: { id: string; name: string } | null;
  version: number;
  graph: unknown;
  ownerId: string;
  updatedAt: Date;
  owner: { id: string; name: string };
};

/**
 * The API's view of a map row; `rights` are what lib/auth/permissions.ts
 * decided for the caller. The stored graph was validated when saved.
 */
export function toMapView(row: MapRow, rights: { canEdit: boolean; canManage: boolean }): MapView {
  return {
    id: row.id,
    documentId: row.documentId,
    title: row.title,
    visibility: row.visibility,
    group: row.group,
    version: row.version,
    graph: row.graph as MapGraph,
    owner: row.owner,
    canEdit: rights.canEdit,
    canManage: rights.canManage,
    updatedAt: row.updatedAt.toISOString(),
  };
}
