import type { MapView } from "@/lib/maps/map-view";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { ApiError } from "../_annotations/annotation-api";

export type MapSummary = {
  id: string;
  title: string;
  visibility: AnnotationVisibility;
  version: number;
  owner: { id: string; name: string };
  canEdit: boolean;
  updatedAt: string;
};

export type MapVersionSummary = {
  version: number;
  title: string;
  createdAt: string;
  restoredFrom: number | null;
  author: { id: string; name: string };
};

/** A save refused because someone saved first; carries the map as it is now. */
export class MapConflictError extends ApiError {
  constructor(readonly current: MapView) {
    super(409, "Someone saved this map after you loaded it");
  }
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: init.body ? { "content-type": "application/json" } : undefined,
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: string; current?: MapView };
  if (response.status === 409 && body.current) throw new MapConflictError(body.current);
  if (!response.ok) throw new ApiError(response.status, body.error ?? `Request failed (HTTP ${response.status})`);
  return body;
}

/** The browser's client for Warrant's map API. */
export const mapApi = {
  list: (documentId: string) => call<{ maps: MapSummary[] }>(`/api/documents/${documentId}/maps`).then((b) => b.maps),
  get: (id: string) => call<{ map: MapView }>(`/api/maps/${id}`).then((b) => b.map),
  create: (documentId: string, title: string, graph?: MapGraph) =>
    call<{ map: MapView }>(`/api/documents/${documentId}/maps`, {
      method: "POST",
      body: JSON.stringify({ title, graph }),
    }).then((b) => b.map),
  save: (
    id: string,
    update: { version: number; title?: string; visibility?: AnnotationVisibility; graph?: MapGraph },
  ) => call<{ map: MapView }>(`/api/maps/${id}`, { method: "PUT", body: JSON.stringify(update) }).then((b) => b.map),
  remove: (id: string) => call<{ id: string }>(`/api/maps/${id}`, { method: "DELETE" }),
  versions: (id: string) => call<{ versions: MapVersionSummary[] }>(`/api/maps/${id}/versions`).then((b) => b.versions),
  restore: (id: string, version: number, currentVersion: number) =>
    call<{ map: MapView }>(`/api/maps/${id}/versions/${version}/restore`, {
      method: "POST",
      body: JSON.stringify({ version: currentVersion }),
    }).then((b) => b.map),
  /** Imports a map file; its title is the one kept in the file, else `fileName`. */
  importFile: (documentId: string, format: "aif" | "argdown", source: string, fileName: string) =>
    call<{ map: MapView }>(`/api/documents/${documentId}/maps/import`, {
      method: "POST",
      body: JSON.stringify({ format, source, fileName }),
    }).then((b) => b.map),
};
