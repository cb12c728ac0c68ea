"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { MapView } from "@/lib/maps/map-view";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import type { MapSummary } from "@/lib/maps/list-maps";
import { api, ApiError } from "../../../_lib/api";

/** How long edits wait for more before they are saved together. */
const SAVE_DELAY_MS = 600;

export type SaveStatus = "saved" | "saving" | "unsaved" | "conflict" | "error";

/** What the toolbar changes besides the graph. */
export type MapDetails = { title?: string; visibility?: AnnotationVisibility; groupId?: string | null };

/**
 * The maps of a document and the one being edited. Edits apply at once and
 * are saved automatically (batched); a save refused because someone else
 * saved first loads their version and says so, never overwriting it.
 */
export function useMaps(documentId: string, initial: MapSummary[]) {
  const [maps, setMaps] = useState(initial);
  const [current, setCurrent] = useState<MapView | null>(null);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef<(MapDetails & { graph?: MapGraph }) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<MapView | null>(null);

  const refreshList = useCallback(async () => setMaps(await api.maps.list(documentId)), [documentId]);

  const open = useCallback(async (id: string | null) => {
    latest.current = id ? await api.maps.get(id) : null;
    setCurrent(latest.current);
    setStatus("saved");
  }, []);

  useEffect(() => {
    if (!latest.current && initial[0]) void open(initial[0].id);
    // Only on first render: opening the first map is a default, not a rule.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const saving = useRef(false);
  // Read through a function: TypeScript would otherwise keep the ref narrowed
  // to what it was before the await, though edits may have changed it.
  const pendingChanges = () => pending.current;
  const flush = useCallback(async (): Promise<void> => {
    const map = latest.current;
    const changes = pending.current;
    if (!map || !changes) return;
    if (saving.current) {
      // One save at a time: the next must name the version this one makes.
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
      return;
    }
    saving.current = true;
    pending.current = null;
    setStatus("saving");
    try {
      const saved = await api.maps.save(map.id, { version: map.version, ...changes });
      // Edits made while saving stay on screen and go with the next save.
      const later = pendingChanges();
      latest.current = { ...saved, graph: later?.graph ?? saved.graph };
      setCurrent(latest.current);
      setStatus(later ? "unsaved" : "saved");
      if (changes.title || changes.visibility) void refreshList();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.current) {
        latest.current = error.current as MapView;
        setCurrent(latest.current);
        pending.current = null;
        setStatus("conflict");
      } else {
        pending.current = { ...changes, ...pendingChanges() };
        setSaveError(error instanceof Error ? error.message : String(error));
        setStatus("error");
      }
    } finally {
      saving.current = false;
    }
  }, [refreshList]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  /** Applies an edit to the open map and schedules its save. */
  const edit = useCallback(
    (change: (graph: MapGraph) => MapGraph) => {
      const map = latest.current;
      if (!map) return;
      const graph = change(map.graph);
      if (graph === map.graph) return;
      latest.current = { ...map, graph };
      setCurrent(latest.current);
      pending.current = { ...pending.current, graph };
      setStatus("unsaved");
      schedule();
    },
    [schedule],
  );

  const setDetails = useCallback(
    (details: MapDetails, group?: MapView["group"]) => {
      const map = latest.current;
      if (!map) return;
      const { groupId: _groupId, ...shown } = details;
      latest.current = { ...map, ...shown, ...(group !== undefined ? { group } : {}) };
      setCurrent(latest.current);
      pending.current = { ...pending.current, ...details };
      schedule();
    },
    [schedule],
  );

  const create = useCallback(
    async (title: string, graph?: MapGraph) => {
      const map = await api.maps.create(documentId, title, graph);
      latest.current = map;
      setCurrent(map);
      await refreshList();
      return map;
    },
    [documentId, refreshList],
  );

  const remove = useCallback(async () => {
    const map = latest.current;
    if (!map) return;
    await api.maps.remove(map.id);
    const rest = (await api.maps.list(documentId)).filter((m) => m.id !== map.id);
    setMaps(rest);
    await open(rest[0]?.id ?? null);
  }, [documentId, open]);

  const restore = useCallback(
    async (version: number) => {
      if (timer.current) clearTimeout(timer.current);
      await flush();
      const map = latest.current;
      if (!map) return;
      latest.current = await api.maps.restore(map.id, version, map.version);
      setCurrent(latest.current);
      setStatus("saved");
    },
    [flush],
  );

  /**
   * A map of the reader's own to link into: the open one if it is theirs,
   * else their first, else a new one ("Map 1", …). Someone else's shared
   * map is never written to.
   */
  const ensureMap = useCallback(async () => {
    if (latest.current?.canEdit) return latest.current;
    const own = maps.find((map) => map.canEdit);
    if (own) {
      await open(own.id);
      return latest.current!;
    }
    return create(`Map ${maps.filter((map) => map.canEdit).length + 1}`);
  }, [create, maps, open]);

  return {
    maps,
    current,
    status,
    saveError,
    open,
    edit,
    setDetails,
    create,
    remove,
    restore,
    ensureMap,
    flush,
    refreshList,
  };
}
