"use client";

import { useCallback, useMemo, useRef } from "react";
import type { AnnotationView } from "@/lib/validation/annotation";
import { api } from "../../../_lib/api";

export type AnnotationAction = { type: "created" | "deleted"; annotation: AnnotationView };

type Handlers = { upsert: (annotation: AnnotationView) => void; drop: (id: string) => void };

/**
 * Ctrl/Cmd+Z right after creating or deleting an annotation reverses it. Only
 * "right after": any edit of the text in between hands Ctrl+Z back to the
 * editor's own history.
 */
export function useAnnotationUndo({ upsert, drop }: Handlers) {
  const stack = useRef<AnnotationAction[]>([]);

  const record = useCallback((action: AnnotationAction) => stack.current.push(action), []);
  const forgetOnEdit = useCallback(() => {
    stack.current = [];
  }, []);

  const handles = useCallback((event: KeyboardEvent) => {
    const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z";
    const typing = event.target instanceof HTMLElement && event.target.closest("input, textarea, select");
    return undoKey && !typing && stack.current.length > 0;
  }, []);

  const undo = useCallback(async () => {
    const action = stack.current.pop();
    if (!action) return;
    if (action.type === "created") {
      await api.annotations.remove(action.annotation.id);
      drop(action.annotation.id);
    } else {
      upsert(await api.annotations.restore(action.annotation.id));
    }
  }, [drop, upsert]);

  return useMemo(() => ({ record, forgetOnEdit, handles, undo }), [record, forgetOnEdit, handles, undo]);
}
