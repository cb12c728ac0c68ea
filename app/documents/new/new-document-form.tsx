"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api } from "../../_lib/api";

export function NewDocumentForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { document } = await api.documents.importForm(new FormData(event.currentTarget));
      router.push(`/documents/${document.id}`);
    } catch (caught) {
      setPending(false);
      setError(caught instanceof Error ? caught.message.replace(/^\w+: /, "") : "The import failed");
    }
  }

  return (
    <form onSubmit={submit} className="stack" aria-label="New document">
      <label>
        Title
        <input name="title" maxLength={200} placeholder="Taken from the text when left empty" />
      </label>
      <label>
        Text
        <textarea name="text" rows={12} placeholder="Paste the article here" />
      </label>
      <label>
        Format of the pasted text
        <select name="format" defaultValue="text">
          <option value="text">Plain text</option>
          <option value="markdown">Markdown</option>
          <option value="html">HTML</option>
        </select>
      </label>
      <label>
        Or upload a file
        <input name="file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm" />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
