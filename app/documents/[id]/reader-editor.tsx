"use client";

import { baseKeymap } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { Node as ProseMirrorNode } from "prosemirror-model";
import { EditorState, type Plugin } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { useCallback, useEffect, useRef, useState } from "react";
import { schema } from "@/lib/editor/schema";
import "prosemirror-view/style/prosemirror.css";

type Props = {
  documentId: string;
  title: string;
  content: Record<string, unknown>;
  version: number;
  editable: boolean;
};

type SaveState = "saved" | "dirty" | "saving" | "conflict" | "error";

const SAVE_LABEL: Record<SaveState, string> = {
  saved: "All changes saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  conflict: "Someone else saved this document since you opened it. Reload to see their version.",
  error: "Could not save. Check your connection and try again.",
};

/**
 * The article in a ProseMirror view: read-only for readers, editable (with
 * undo history and Ctrl/Cmd+S to save) for the owner.
 */
export function ReaderEditor({ documentId, title, content, version, editable }: Props) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const savedVersion = useRef(version);
  const [saveState, setSaveState] = useState<SaveState>("saved");

  const save = useCallback(async () => {
    const current = view.current;
    if (!current) return;
    setSaveState("saving");
    const response = await fetch(`/api/documents/${documentId}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ version: savedVersion.current, content: current.state.doc.toJSON() }),
    }).catch(() => null);
    if (response?.ok) {
      savedVersion.current = ((await response.json()) as { version: number }).version;
      setSaveState("saved");
    } else {
      setSaveState(response?.status === 409 ? "conflict" : "error");
    }
  }, [documentId]);

  useEffect(() => {
    if (!mount.current) return;
    const plugins: Plugin[] = editable
      ? [
          history(),
          keymap({
            "Mod-z": undo,
            "Shift-Mod-z": redo,
            "Mod-y": redo,
            "Mod-s": () => {
              void save();
              return true;
            },
          }),
          keymap(baseKeymap),
        ]
      : [];
    const state = EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, content), plugins });
    const editorView = new EditorView(mount.current, {
      state,
      editable: () => editable,
      attributes: { "aria-label": title, role: "document", class: "article", spellcheck: "false" },
      dispatchTransaction(transaction) {
        editorView.updateState(editorView.state.apply(transaction));
        if (transaction.docChanged) setSaveState("dirty");
      },
    });
    view.current = editorView;
    mount.current.dataset.editorReady = "true";
    performance.mark("warrant:editor-ready");
    return () => {
      editorView.destroy();
      view.current = null;
    };
  }, [content, editable, save, title]);

  useEffect(() => {
    if (saveState !== "dirty") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState]);

  return (
    <>
      {editable && (
        <div className="editor-bar" role="toolbar" aria-label="Document">
          <span role="status" className="save-state">
            {SAVE_LABEL[saveState]}
          </span>
          <button type="button" onClick={() => void save()} disabled={saveState === "saved" || saveState === "saving"}>
            Save
          </button>
        </div>
      )}
      <div ref={mount} className="reader" />
    </>
  );
}
