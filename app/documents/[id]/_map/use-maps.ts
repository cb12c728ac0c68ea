"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { applyOperations, diffGraphs } from "@/lib/argument/map-operations";
import type { MapSummary } from "@/lib/maps/map-summaries";
import type { MapView } from "@/lib/maps/map-view";
import type { LiveFrame } from "@/lib/realtime/live-frame";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { api, ApiError } from "../../../_lib/api";
import { overwritten } from "./overwritten";

/** How long edits wait for more before they are saved together. */
const SAVE_DELAY_MS = 600;

export type SaveStatus = "saved" | "saving" | "unsaved" | "error";

/** What the toolbar changes besides the graph. */
export type MapDetails = { title?: string; visibility?: AnnotationVisibility; groupId?: string | null };

/**
 * The maps of a document and the one being edited. Edits apply at once and
 * are saved automatically, batched, as operations on the map as it is on
 * the server (several people may edit a shared map at once: nothing is
 * refused for being late). `base` is the map as the server last had it;
 * what is shown is `base` with the reader's unsaved edits on top. Others'
 * edits arrive as live frames and are merged the same way; when one
 * overwrites something the reader had written, `notice` says so.
 */
export function useMaps(documentId: string, initial: MapSummary[]) {
  const [maps, setMaps] = useState(initial);
  const [current, setCurrent] = useState<MapView | null>(null);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const base = useRef<MapView | null>(null);
  const latest = useRef<MapView | null>(null);
  const details = useRef<MapDetails | null>(null);
  // What the reader last saved, property by property, to tell them when someone overwrites it.
  const written = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);

  const show = useCallback((view: MapView | null) => {
    latest.current = view;
    setCurrent(view);
  }, []);

  const refreshList = useCallback(async () => setMaps(await api.maps.list(documentId)), [documentId]);

  // Each choice of map takes a ticket; a slower earlier one (the default
  // map still loading) must not replace a map the reader made or chose since.
  const ticket = useRef(0);

  const open = useCallback(
    async (id: string | null) => {
      const mine = ++ticket.current;
      const view = id ? await api.maps.get(id) : null;
      if (mine !== ticket.current) return;
      base.current = view;
      written.current.clear();
      show(view);
      setStatus("saved");
    },
    [show],
  );

  useEffect(() => {
    if (!latest.current && initial[0]) void open(initial[0].id);
    // Only on first render: opening the first map is a default, not a rule.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** `server` with the edits the reader has made on top of `base` and not yet seen saved. */
  const rebase = useCallback((server: MapView): MapView => {
    const mine = base.current && latest.current ? diffGraphs(base.current.graph, latest.current.graph) : [];
    base.current = server;
    return mine.length > 0 ? { ...server, graph: applyOperations(server.graph, mine).graph } : server;
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    const map = latest.current;
    const from = base.current;
    if (!map || !from || from.id !== map.id) return;
    if (saving.current) {
      // One save at a time: the next starts from what this one returns.
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
      return;
    }
    const ops = diffGraphs(from.graph, map.graph);
    const changes = details.current;
    if (ops.length === 0 && !changes) {
      // Everything shown is saved already (a live frame may have brought the reader's own change back first).
      setStatus("saved");
      return;
    }
    saving.current = true;
    details.current = null;
    setStatus("saving");
    try {
      let server = from;
      if (changes) server = await api.maps.save(map.id, { version: server.version, ...changes });
      if (ops.length > 0) {
        const applied = await api.maps.applyOps(map.id, ops);
        server = applied.map;
        for (const [key, value] of overwritten.written(ops)) written.current.set(key, value);
        if (applied.skipped.length > 0) {
          setNotice(`${applied.skipped.length} of your changes were to statements or links someone else removed.`);
        }
      }
      // Edits made while saving stay on screen and go with the next save.
      const shown = latest.current;
      const pending = shown ? diffGraphs(map.graph, shown.graph) : [];
      base.current = server;
      show(pending.length > 0 ? { ...server, graph: applyOperations(server.graph, pending).graph } : server);
      setStatus(pending.length > 0 || details.current ? "unsaved" : "saved");
      // What differs is not always an edit made meanwhile, which has its save scheduled: a live frame
      // of this very save can arrive before its answer and rebase the map shown, and the server's
      // copy of an edit need not be the sent one to the letter. Check again, or "Unsaved changes" stays.
      if (pending.length > 0 || details.current) {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
      }
      if (changes) void refreshList();
    } catch (error) {
      details.current = { ...(changes ?? {}), ...(details.current ?? {}) };
      setSaveError(error instanceof Error ? error.message : String(error));
      setStatus("error");
    } finally {
      saving.current = false;
    }
  }, [refreshList, show]);

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
      show({ ...map, graph });
      setStatus("unsaved");
      schedule();
    },
    [schedule, show],
  );

  const setDetails = useCallback(
    (changes: MapDetails, group?: MapView["group"]) => {
      const map = latest.current;
      if (!map) return;
      const { groupId: _groupId, ...shown } = changes;
      show({ ...map, ...shown, ...(group !== undefined ? { group } : {}) });
      details.current = { ...details.current, ...changes };
      schedule();
    },
    [schedule, show],
  );

  /** A map the reader can no longer have: out of the list, and closed if open. */
  const drop = useCallback(
    (id: string, why: string) => {
      setMaps((list) => list.filter((map) => map.id !== id));
      if (latest.current?.id === id) {
        base.current = null;
        show(null);
        setNotice(why);
      }
    },
    [show],
  );

  /**
   * Changes the stream missed for good (pruned from the log): the list and
   * the open map are fetched again, the reader's unsaved edits rebased on
   * the map as it is now, as a live frame's would be.
   */
  const reloadAll = useCallback(async () => {
    await refreshList();
    const id = latest.current?.id;
    if (!id) return;
    try {
      const server = await api.maps.get(id);
      if (latest.current?.id !== server.id || (base.current && base.current.version >= server.version)) return;
      show(rebase(server));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) {
        drop(id, "This map was deleted, or is no longer shared with you.");
      } else throw caught;
    }
  }, [drop, rebase, refreshList, show]);

  /** A live frame about a map: someone's edit, a new map, or one deleted. */
  const receive = useCallback(
    (frame: LiveFrame) => {
      if (frame.type === "reload") return void reloadAll().catch(() => {});
      if (frame.type === "map-removed") return drop(frame.id, "This map was deleted by its owner.");
      if (frame.type !== "map") return;
      const server = frame.map;
      // The list learns of a new map by asking again; a known one is updated in place.
      if (!maps.some((map) => map.id === server.id)) void refreshList().catch(() => {});
      setMaps((list) =>
        list.map((map) =>
          map.id === server.id
            ? {
                ...map,
                title: server.title,
                visibility: server.visibility,
                group: server.group,
                version: server.version,
                canEdit: server.canEdit,
                canManage: server.canManage,
                updatedAt: server.updatedAt,
              }
            : map,
        ),
      );
      if (latest.current?.id !== server.id || (base.current && base.current.version >= server.version)) return;
      const lost = overwritten.by(written.current, server.graph);
      if (lost && frame.by) setNotice(`${frame.by.name} changed ${lost} you had written.`);
      show(rebase(server));
    },
    [drop, maps, rebase, refreshList, reloadAll, show],
  );

  const create = useCallback(
    async (title: string, graph?: MapGraph) => {
      ticket.current += 1;
      const map = await api.maps.create(documentId, title, graph);
      base.current = map;
      show(map);
      await refreshList();
      return map;
    },
    [documentId, refreshList, show],
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
      const restored = await api.maps.restore(map.id, version, map.version);
      base.current = restored;
      show(restored);
      setStatus("saved");
    },
    [flush, show],
  );

  /**
   * A map of the reader's own to link into: the open one if it is theirs,
   * else their first, else a new one ("Map 1", …). Someone else's shared
   * map is never written to from the margin.
   */
  const ensureMap = useCallback(async () => {
    // Only its owner manages a map: canManage says "the reader's own".
    if (latest.current?.canManage) return latest.current;
    const first = maps.find((map) => map.canManage);
    if (first) {
      await open(first.id);
      return latest.current!;
    }
    return create(`Map ${maps.filter((map) => map.isOwn).length + 1}`);
  }, [create, maps, open]);

  return {
    /** The document the maps are of: where an import goes even before the reader has a map. */
    documentId,
    maps,
    current,
    status,
    saveError,
    notice,
    dismissNotice: () => setNotice(null),
    open,
    edit,
    setDetails,
    create,
    remove,
    restore,
    ensureMap,
    flush,
    refreshList,
    receive,
  };
}
