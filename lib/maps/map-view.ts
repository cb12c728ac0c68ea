import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";

/** A map as the API returns it. */
export type MapView = {
  id: string;
  documentId: string;
  title: string;
  visibility: AnnotationVisibility;
  version: number;
  graph: MapGraph;
  owner: { id: string; name: string };
  canEdit: boolean;
  updatedAt: string;
};

export const MAP_VIEW_SELECT = {
  id: true,
  documentId: true,
  title: true,
  visibility: true,
  version: true,
  graph: true,
  ownerId: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
} as const;

type MapRow = {
  id: string;
  documentId: string;
  title: string;
  visibility: AnnotationVisibility;
  version: number;
  graph: unknown;
  ownerId: string;
  updatedAt: Date;
  owner: { id: string; name: string };
};

/** The API's view of a map row, for `userId`. The stored graph was validated when saved. */
export function toMapView(row: MapRow, userId: string): MapView {
  return {
    id: row.id,
    documentId: row.documentId,
    title: row.title,
    visibility: row.visibility,
    version: row.version,
    graph: row.graph as MapGraph,
    owner: row.owner,
    canEdit: row.ownerId === userId,
    updatedAt: row.updatedAt.toISOString(),
  };
}
