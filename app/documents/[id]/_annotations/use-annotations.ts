"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  annotationsInOrder,
  applyAnnotationFrame,
  liveAnnotations,
  type LiveAnnotations,
} from "@/lib/realtime/live-annotations";
import type { LiveFrame } from "@/lib/realtime/live-frame";
import { mergeFetched } from "@/lib/realtime/merge-fetched";
import type { AnnotationKind, AnnotationUpdate, AnnotationView, TextTarget } from "@/lib/validation/annotation";
import { api } from "../../../_lib/api";
import { useAnnotationUndo } from "./use-annotation-undo";

/** `annotation` as the reader's own action left it (live frames about it may come later; they win if newer). */
function withLocal(state: LiveAnnotations, annotation: AnnotationView): LiveAnnotations {
  return { ...state, list: new Map(state.list).set(annotation.id, annotation) };
}

function without(state: LiveAnnotations, id: string): LiveAnnotations {
  const list = new Map(state.list);
  list.delete(id);
  return { ...state, list };
}

/**
 * The annotations of a document the reader sees, kept current by their own
 * actions and by live frames (others' changes), and everything they can do
 * to them: tag a passage, edit, delete (and undo), reply, import. Each
 * action saves first and then shows its result; errors reach the caller.
 * `seq` is the change the initial list is as of.
 */
export function useAnnotations(documentId: string, initial: AnnotationView[], seq: number) {
  const [state, setState] = useState(() => liveAnnotations(initial, seq));
  const annotations = useMemo(() => annotationsInOrder(state), [state]);

  const upsert = useCallback((annotation: AnnotationView) => setState((s) => withLocal(s, annotation)), []);
  const drop = useCallback((id: string) => setState((s) => without(s, id)), []);
  const undo = useAnnotationUndo({ upsert, drop });

  /** Fetches the whole list again (after an import or an edit of the text), keeping newer frames. */
  const reload = useCallback(async () => {
    const fetched = await api.annotations.list(documentId);
    setState((s) => mergeFetched(s, fetched.annotations, fetched.seq));
  }, [documentId]);

  // A frame that moved many annotations at once asks for the list again.
  const reloading = useRef(false);
  useEffect(() => {
    if (state.staleAt === null || reloading.current) return;
    reloading.current = true;
    void reload()
      .catch(() => {})
      .finally(() => (reloading.current = false));
  }, [state.staleAt, reload]);

  /** Applies a live frame (others' changes, and echoes of the reader's own). */
  const receive = useCallback((frame: LiveFrame) => setState((s) => applyAnnotationFrame(s, frame)), []);

  /** Tags a passage as the reader's private annotation of `kind`; returns it. */
  const tag = useCallback(
    async (kind: AnnotationKind, target: TextTarget) => {
      const created = await api.annotations.create(documentId, {
        kind,
        target,
        comment: "",
        tags: [],
        visibility: "private",
      });
      upsert(created);
      undo.record({ type: "created", annotation: created });
      return created;
    },
    [documentId, undo, upsert],
  );

  const update = useCallback(
    async (id: string, change: AnnotationUpdate) => upsert(await api.annotations.update(id, change)),
    [upsert],
  );

  /** Deletes one; with replies it stays as a placeholder that keeps the thread. */
  const remove = useCallback(
    async (annotation: AnnotationView) => {
      const { placeholder } = await api.annotations.remove(annotation.id);
      if (placeholder) upsert({ ...annotation, deleted: true, comment: "", tags: [] });
      else drop(annotation.id);
      undo.record({ type: "deleted", annotation });
    },
    [drop, undo, upsert],
  );

  const setHidden = useCallback(
    async (id: string, hidden: boolean) => upsert(await api.annotations.setHidden(id, hidden)),
    [upsert],
  );

  const reply = useCallback(async (id: string, body: string) => {
    const added = await api.annotations.reply(id, body);
    setState((s) => {
      const annotation = s.list.get(id);
      if (!annotation || annotation.replies.some((r) => r.id === added.id)) return s;
      return withLocal(s, { ...annotation, replies: [...annotation.replies, added] });
    });
  }, []);

  /** Imports a W3C file as private annotations; returns a sentence saying what came in. */
  const importW3C = useCallback(
    async (json: string) => {
      const result = await api.annotations.importW3C(documentId, json, "private");
      await reload();
      return `Imported ${result.imported} annotation(s)${result.orphaned ? `, ${result.orphaned} orphaned` : ""}.`;
    },
    [documentId, reload],
  );

  return useMemo(
    () => ({ annotations, seq: state.seq, tag, update, remove, setHidden, reply, importW3C, undo, receive, reload }),
    [annotations, state.seq, tag, update, remove, setHidden, reply, importW3C, undo, receive, reload],
  );
}
