import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { listMaps } from "@/lib/maps/list-maps";
import { getDb } from "@/lib/db/client";
import { getDocument } from "@/lib/documents/get-document";
import { NotFoundError } from "@/lib/errors";
import { requirePageUser } from "../../_lib/require-page-user";
import { CopyDocumentButton } from "./copy-document-button";
import { DocumentWorkspace } from "./document-workspace";

type Props = { params: Promise<{ id: string }> };

async function load(userId: string, id: string) {
  try {
    return await getDocument(getDb(), userId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/documents/${id}`);
  return { title: (await load(user.id, id)).title };
}

export default async function DocumentPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/documents/${id}`);
  const document = await load(user.id, id);
  const annotations = await listAnnotations(getDb(), user.id, id);
  const maps = await listMaps(getDb(), user.id, id);
  return (
    <div className="reader-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/documents">Library</Link>
        <span aria-hidden="true"> / </span>
        <span>{document.canEdit ? "Your document" : `Shared by ${document.owner.name}`}</span>
        <CopyDocumentButton documentId={document.id} />
      </nav>
      <DocumentWorkspace
        document={{
          id: document.id,
          title: document.title,
          content: document.content as Record<string, unknown>,
          version: document.version,
          canEdit: document.canEdit,
        }}
        user={{ id: user.id, name: user.name }}
        initialAnnotations={annotations}
        initialMaps={maps}
      />
    </div>
  );
}
