"use client";

import type { EditorView } from "prosemirror-view";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { currentTargets } from "@/lib/anchoring/current-targets";
import { api, ApiError } from "../../_lib/api";

export type SaveState = "saved" | "dirty" | "saving" | "conflict" | "error";

export const SAVE_LABEL: Record<SaveState, string> = {
  saved: "All changes saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  conflict: "Someone else saved this document since you opened it. Reload to see their version.",
  error: "Could not save. Check your connection and try again.",
};

/**
 * Saving the text an owner or editor changed: the state the save bar shows,
 * `markDirty` for each edit, and `save`, which sends the text with where the
 * edits moved each annotation. Leaving with unsaved changes asks first. A
 * document that is gone or no longer shared calls `onLost`. `unsearched`
 * counts the annotations the last save left where they were because the
 * server's search budget ran out (they show as "passage not found").
 */
export function useTextSave(
  documentId: string,
  version: number,
  view: RefObject<EditorView | null>,
  onLost: () => void,
) {
  const savedVersion = useRef(version);
  const [state, setState] = useState<SaveState>("saved");
  const [unsearched, setUnsearched] = useState(0);

  const save = useCallback(async () => {
    const current = view.current;
    if (!current) return;
    setState("saving");
    try {
      const saved = await api.documents.save(documentId, {
        version: savedVersion.current,
        content: current.state.doc.toJSON() as Record<string, unknown>,
        // Where the edits moved each annotation: the server trusts these over a quote search.
        annotations: [...currentTargets(current.state)].map(([id, target]) => ({ id, target })),
      });
      savedVersion.current = saved.version;
      setUnsearched(saved.annotations.overBudget);
      setState("saved");
    } catch (error) {
      if (error instanceof ApiError && error.lostDocument) onLost();
      setState(error instanceof ApiError && error.status === 409 ? "conflict" : "error");
    }
  }, [documentId, onLost, view]);

  const markDirty = useCallback(() => setState("dirty"), []);

  /** Adopts `version`, saved by someone else, when it is newer than the one held; says whether it was. */
  const savedAs = useCallback((version: number) => {
    if (version <= savedVersion.current) return false;
    savedVersion.current = version;
    return true;
  }, []);

  useEffect(() => {
    if (state !== "dirty") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state]);

  return { state, save, markDirty, savedAs, unsearched };
}
