import type { Metadata } from "next";
import { IntentLink } from "../../_components/intent-link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { preload } from "react-dom";
import { getDb } from "@/lib/db/client";
import { readerPageDocument } from "@/lib/documents/reader-page-document";
import { NotFoundError } from "@/lib/errors";
import { readerPrepaint } from "@/lib/annotations/prepainted-article-cache";
import { markShareOpened } from "@/lib/sharing/mark-share-opened";
import { annotationListUrl } from "../../_lib/api";
import { requirePageUser } from "../../_lib/require-page-user";
import { ROLE_LABELS } from "./_share/role-labels";
import { DocumentActions } from "./_share/document-actions";
import { DocumentWorkspace } from "./document-workspace";

type Props = { params: Promise<{ id: string }> };

/** The page's answer to an error of its reads: "not found" for a NotFoundError. */
function notFoundOr(error: unknown): never {
  if (error instanceof NotFoundError) notFound();
  throw error;
}

// Metadata and the page ask for the same document in one request: read it once.
const load = cache((userId: string, id: string) => readerPageDocument(getDb(), userId, id).catch(notFoundOr));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/documents/${id}`);
  return { title: (await load(user.id, id)).title };
}

export default async function DocumentPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/documents/${id}`);
  const document = await load(user.id, id);
  // The annotations are not in the page, only their highlights drawn (readerPrepaint): the reader's browser fetches
  // them (app/_lib/api.ts), with their ETag.
  // The page's head asks for them already, so the list loads while the page's JavaScript does, not after it:
  // one round trip less before the highlights show (100 ms away: 912 → 677 ms, bench:student-page). The hint
  // matches the client's own request (same address, cors mode, same-origin credentials), which takes it over.
  preload(annotationListUrl(id), { as: "fetch", crossOrigin: "anonymous" });
  const [prepaint] = await Promise.all([
    // The text with the reader's highlights in the page's HTML: shown before any JavaScript has run.
    readerPrepaint(getDb(), user.id, document, { known: document }).catch(notFoundOr),
    // Asked (and written) only while a share to this reader is unopened, not on every view.
    document.shareUnopened && markShareOpened(getDb(), user.id, id),
  ]);
  return (
    <div className="reader-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <IntentLink href="/documents">Library</IntentLink>
        <span aria-hidden="true"> / </span>
        <span>
          {document.role === "owner"
            ? "Your document"
            : `Shared by ${document.owner.name} · you are ${ROLE_LABELS[document.role]}`}
        </span>
        <DocumentActions documentId={document.id} title={document.title} can={document.can} />
      </nav>
      {document.visibility === "EVERYONE" && document.role !== "owner" && document.can.annotate && (
        <p className="notice" role="note">
          Every reader of Warrant can open this article. Your annotations are private to you unless you choose to share
          them. “Make a copy” gives you a copy of your own, whose text you can edit and share with your groups.
        </p>
      )}
      {!document.can.annotate && (
        <p className="notice" role="note">
          You can read this document and the annotations shared with you. To annotate it, ask its owner for the
          Commenter role.
        </p>
      )}
      <DocumentWorkspace
        key={document.id}
        seq={document.eventSeq}
        document={{
          id: document.id,
          title: document.title,
          content: document.content as Record<string, unknown>,
          version: document.version,
        }}
        can={{ annotate: document.can.annotate, editText: document.can.editText, moderate: document.can.moderate }}
        user={{ id: user.id, name: user.name }}
        groups={document.groups}
        initialMaps={document.maps}
        // Its key and count, never its HTML: that goes in the page once (prepaint-store.ts), not again in the props.
        prepaint={prepaint && { key: prepaint.key, annotations: prepaint.annotations }}
      />
    </div>
  );
}
