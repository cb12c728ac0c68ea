import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listDocuments } from "@/lib/documents/list-documents";
import { requirePageUser } from "../_lib/require-page-user";
import { ROLE_LABELS } from "./[id]/_share/role-labels";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage() {
  const user = await requirePageUser("/documents");
  const documents = await listDocuments(getDb(), user.id);
  return (
    <section className="library">
      <div className="library-head">
        <h1>Library</h1>
        <Link href="/documents/new" className="button">
          New document
        </Link>
      </div>
      {documents.length === 0 ? (
        <p>No documents yet.</p>
      ) : (
        <ul aria-label="Documents" className="document-list">
          {documents.map((document) => (
            <li key={document.id}>
              <Link href={`/documents/${document.id}`}>{document.title}</Link>
              <span className="meta">
                {document.role === "owner"
                  ? "Yours"
                  : `Shared by ${document.ownerName} · ${ROLE_LABELS[document.role]}`}{" "}
                · updated{" "}
                <time dateTime={document.updatedAt.toISOString()}>{document.updatedAt.toISOString().slice(0, 10)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
