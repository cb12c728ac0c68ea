"use client";

import { useCallback, useMemo, useState } from "react";
import type { AnnotationKind, AnnotationUpdate, AnnotationView, TextTarget } from "@/lib/validation/annotation";
import { api } from "../../../_lib/api";
import { useAnnotationUndo } from "./use-annotation-undo";

const inDocumentOrder = (a: AnnotationView, b: AnnotationView) =>
  a.target.start - b.target.start || b.target.end - a.target.end;

/**
 * The annotations of a document the reader sees, and everything they can do
 * to them: tag a passage, edit, delete (and undo), reply, import. Each
 * action saves first and then shows its result; errors reach the caller.
 */
export function useAnnotations(documentId: string, initial: AnnotationView[]) {
  const [annotations, setAnnotations] = useState(initial);

  const upsert = useCallback((annotation: AnnotationView) => {
    setAnnotations((list) => [...list.filter((a) => a.id !== annotation.id), annotation].sort(inDocumentOrder));
  }, []);
  const drop = useCallback((id: string) => setAnnotations((list) => list.filter((a) => a.id !== id)), []);
  const undo = useAnnotationUndo({ upsert, drop });

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

  const reply = useCallback(async (id: string, body: string) => {
    const added = await api.annotations.reply(id, body);
    setAnnotations((list) => list.map((a) => (a.id === id ? { ...a, replies: [...a.replies, added] } : a)));
  }, []);

  /** Imports a W3C file as private annotations; returns a sentence saying what came in. */
  const importW3C = useCallback(
    async (json: string) => {
      const result = await api.annotations.importW3C(documentId, json, "private");
      setAnnotations(await api.annotations.list(documentId));
      return `Imported ${result.imported} annotation(s)${result.orphaned ? `, ${result.orphaned} orphaned` : ""}.`;
    },
    [documentId],
  );

  return useMemo(
    () => ({ annotations, tag, update, remove, reply, importW3C, undo }),
    [annotations, tag, update, remove, reply, importW3C, undo],
  );
}
