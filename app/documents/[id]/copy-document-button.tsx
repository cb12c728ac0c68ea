"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Makes a private copy of the document (text only, no annotations) and opens it. */
export function CopyDocumentButton({ documentId }: { documentId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function copy() {
    const response = await fetch(`/api/documents/${documentId}/copy`, { method: "POST" });
    const body = (await response.json().catch(() => ({}))) as { document?: { id: string }; error?: string };
    if (body.document) router.push(`/documents/${body.document.id}`);
    else setError(body.error ?? "Could not copy the document");
  }
  return (
    <>
      <button type="button" className="link-button copy-button" onClick={() => void copy()}>
        Make a copy
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
