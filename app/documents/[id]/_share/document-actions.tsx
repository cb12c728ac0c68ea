"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "../../../_lib/api";
import { useAttempt } from "../../../_lib/use-attempt";
import { ShareDialog } from "./share-dialog";

type Props = { documentId: string; title: string; can: { share: boolean; delete: boolean } };

/** The document's own actions beside the breadcrumb: share, copy, delete. */
export function DocumentActions({ documentId, title, can }: Props) {
  const router = useRouter();
  const [sharing, setSharing] = useState(false);
  const { error, attempt } = useAttempt();

  return (
    <span className="document-actions">
      {can.share && (
        <button type="button" className="secondary" onClick={() => setSharing(true)}>
          Share
        </button>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() =>
          void attempt(async () => {
            const { document } = await api.documents.copy(documentId);
            router.push(`/documents/${document.id}`);
          })
        }
      >
        Make a copy
      </button>
      {can.delete && (
        <button
          type="button"
          className="link-button danger-text"
          onClick={() =>
            window.confirm(`Delete “${title}” with all its annotations and maps, for everyone it is shared with?`) &&
            void attempt(async () => {
              await api.documents.remove(documentId);
              router.push("/documents");
            })
          }
        >
          Delete document
        </button>
      )}
      {error && <span role="alert">{error}</span>}
      {sharing && <ShareDialog documentId={documentId} onClose={() => setSharing(false)} />}
    </span>
  );
}
