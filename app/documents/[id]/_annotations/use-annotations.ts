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
import { describeEdit, editableFieldsOf, repliedByOthers } from "@/lib/annotations/undo-steps";
import type { Refusal } from "@/lib/annotations/undo-history";
import type { AnnotationKind, AnnotationUpdate, AnnotationView, TextTarget } from "@/lib/validation/annotation";
import { api } from "../../../_lib/api";
import { KIND_LABELS } from "./kinds";
import { useAnnotationUndo } from "./use-annotation-undo";

/** `annotation` as the reader's own action left it (live frames about it may come later; they win if newer). */
function withLocal(state: LiveAnnotations, annotation: AnnotationView): LiveAnnotations {
  return { ...state, list: new Map(state.list).set(annotation.id, annotation) };
}

/** `annotation` with its thread changed by `replies`, unless the reader no longer has it. */
function withReplies(
  state: LiveAnnotations,
  id: string,
  replies: (current: AnnotationView["replies"]) => AnnotationView["replies"],
): LiveAnnotations {
  const annotation = state.list.get(id);
  return annotation ? withLocal(state, { ...annotation, replies: replies(annotation.replies) }) : state;
}

function without(state: LiveAnnotations, id: string): LiveAnnotations {
  const list = new Map(state.list);
  list.delete(id);
  return { ...state, list };
}

/**
 * The annotations of a document the reader sees, kept current by their own
 * actions and by live frames (others' changes), and everything they can do
 * to them: tag a passage, edit, delete, reply, hide, import. Each
 * action saves first and then shows its result; errors reach the caller.
 * Every action but an import is one step of the reader's undo history.
 * The list is fetched, not carried by the page, so the text shows at once;
 * the page's head preloads it and this request takes that response over.
 * `seq` is the change the page was read at, where the live stream starts:
 * frames from there on apply before and after the list arrives, and the
 * list (as of a later change) is merged under the newer ones
 * (mergeFetched), so no change falls between page, list and stream.
 */
export function useAnnotations(documentId: string, seq: number) {
  const [state, setState] = useState(() => liveAnnotations([], seq));
  const [loaded, setLoaded] = useState(false);
  const [listError, setListError] = useState<string | null>(null);
  // Sorted again only when the list changes: most frames in a class (a map
  // edit, a share opened) move only the event number, and a new array here
  // redrew the margin and re-sent all the highlights to the editor (issue 12).
  const { list } = state;
  const annotations = useMemo(() => annotationsInOrder({ list }), [list]);

  const upsert = useCallback((annotation: AnnotationView) => setState((s) => withLocal(s, annotation)), []);
  const drop = useCallback((id: string) => setState((s) => without(s, id)), []);
  const undo = useAnnotationUndo();
  const { record } = undo;
  // The annotations as the reader has them now, live changes included: an undo decides from this, not from its own copy.
  const now = useRef(state);
  useEffect(() => {
    now.current = state;
  }, [state]);

  /** Deletes one; with replies it stays as a placeholder that keeps the thread. */
  const deleteNow = useCallback(
    async (annotation: AnnotationView) => {
      const { placeholder } = await api.annotations.remove(annotation.id);
      if (placeholder) upsert({ ...annotation, deleted: true, comment: "", tags: [] });
      else drop(annotation.id);
    },
    [drop, upsert],
  );
  const restore = useCallback(async (id: string) => upsert(await api.annotations.restore(id)), [upsert]);

  /** Does `perform` and records it as one step, reversed by `reverse` and reapplied by `perform` again. */
  const act = useCallback(
    async (label: string, perform: () => Promise<void>, reverse: () => Promise<Refusal | void>) => {
      await perform();
      record({ label, reverse, reapply: perform });
    },
    [record],
  );

  /** Fetches the whole list again (after an import or an edit of the text), keeping newer frames. */
  const reload = useCallback(async () => {
    const fetched = await api.annotations.list(documentId);
    setState((s) => mergeFetched(s, fetched.annotations, fetched.seq));
  }, [documentId]);

  // The first list, through the browser's cache: its ETag makes a revisit with nothing changed a 304.
  useEffect(() => {
    let current = true;
    api.annotations
      .list(documentId)
      .then((fetched) => {
        if (!current) return;
        setState((s) => mergeFetched(s, fetched.annotations, fetched.seq));
        setLoaded(true);
      })
      .catch((caught: unknown) => {
        if (current) setListError(caught instanceof Error ? caught.message : "Could not load the annotations");
      });
    return () => {
      current = false;
    };
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
      record({
        label: `Tagged as ${KIND_LABELS[kind]}`,
        // Never delete what others replied to, as the annotation is now (live replies included).
        reverse: async () => {
          const current = now.current.list.get(created.id) ?? created;
          if (repliedByOthers(current)) return { refused: "others have replied to this annotation" };
          await deleteNow(current);
        },
        // Undoing a create only marked it deleted: bring the same annotation back, so later steps still find it.
        reapply: () => restore(created.id),
      });
      return created;
    },
    [documentId, record, upsert, deleteNow, restore],
  );

  /** Saves the author's edit form; a save that changes something is one step, undone by putting the old fields back. */
  const update = useCallback(
    async (id: string, change: AnnotationUpdate) => {
      const before = now.current.list.get(id);
      const after = await api.annotations.update(id, change);
      upsert(after);
      const label = before && describeEdit(before, after);
      if (!before || !label) return;
      const save = (fields: AnnotationUpdate) => async () => upsert(await api.annotations.update(id, fields));
      record({ label, reverse: save(editableFieldsOf(before)), reapply: save(change) });
    },
    [record, upsert],
  );

  /** Deletes one (undone by restoring it); with replies it stays as a placeholder that keeps the thread. */
  const remove = useCallback(
    (annotation: AnnotationView) =>
      act(
        "Annotation deleted",
        () => deleteNow(now.current.list.get(annotation.id) ?? annotation),
        () => restore(annotation.id),
      ),
    [act, deleteNow, restore],
  );

  const setHidden = useCallback(
    (id: string, hidden: boolean) => {
      const set = (value: boolean) => async () => upsert(await api.annotations.setHidden(id, value));
      return act(hidden ? "Hidden from others" : "Shown to others", set(hidden), set(!hidden));
    },
    [act, upsert],
  );

  /** Replies; undone by deleting the reply, redone by posting it again (a new reply). */
  const reply = useCallback(
    (id: string, body: string) => {
      let added: { id: string } | null = null;
      return act(
        "Replied",
        async () => {
          const posted = await api.annotations.reply(id, body);
          added = posted;
          setState((s) =>
            withReplies(s, id, (replies) => (replies.some((r) => r.id === posted.id) ? replies : [...replies, posted])),
          );
        },
        async () => {
          const gone = added!.id;
          await api.annotations.removeReply(id, gone);
          setState((s) => withReplies(s, id, (replies) => replies.filter((r) => r.id !== gone)));
        },
      );
    },
    [act],
  );

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
    () => ({
      annotations,
      loaded,
      listError,
      seq: state.seq,
      tag,
      update,
      remove,
      setHidden,
      reply,
      importW3C,
      undo,
      receive,
      reload,
    }),
    [
      annotations,
      loaded,
      listError,
      state.seq,
      tag,
      update,
      remove,
      setHidden,
      reply,
      importW3C,
      undo,
      receive,
      reload,
    ],
  );
}
