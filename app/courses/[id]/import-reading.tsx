"use client";

import { useState, type ChangeEvent } from "react";
import { api } from "../../_lib/api";
import { failureMessage } from "../../_lib/use-attempt";

type Props = { onImported: (document: { id: string; title: string }) => void };

/**
 * "Or import a reading": a teacher assigns a text they have not imported
 * yet without leaving the form. The file goes through the same import as
 * "New document" (its checks and bounds); the new document becomes the
 * assignment's reading.
 */
export function ImportReading({ onImported }: Props) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({
    busy: false,
    message: null,
    failed: false,
  });

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ busy: true, message: `Importing ${file.name}…`, failed: false });
    const form = new FormData();
    form.set("file", file);
    try {
      const { document } = await api.documents.importForm(form);
      onImported(document);
      setState({
        busy: false,
        message: `Imported “${document.title}”: it is this assignment's reading.`,
        failed: false,
      });
    } catch (caught) {
      setState({ busy: false, message: failureMessage(caught, "The import failed"), failed: true });
    } finally {
      input.value = "";
    }
  }

  return (
    <div className="import-reading">
      <label>
        Or import a reading
        <input type="file" accept=".txt,.text,.md,.markdown,.html,.htm" onChange={importFile} disabled={state.busy} />
      </label>
      {/* Polite, not a second role="status" in the form: "Created …" stays the form's one status. */}
      {state.failed ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : (
        <p aria-live="polite" className="meta">
          {state.message}
        </p>
      )}
    </div>
  );
}
