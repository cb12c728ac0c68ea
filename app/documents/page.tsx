import type { Metadata } from "next";
import Link from "next/link";
import { IntentLink } from "../_components/intent-link";
import { getDb } from "@/lib/db/client";
import { decodeCursor, listDocuments } from "@/lib/documents/list-documents";
import { requirePageUser } from "../_lib/require-page-user";
import { ROLE_LABELS } from "./[id]/_share/role-labels";

export const metadata: Metadata = { title: "Library" };

type Props = { searchParams: Promise<{ after?: string | string[] }> };

export default async function LibraryPage({ searchParams }: Props) {
  const user = await requirePageUser("/documents");
  const { after: asked } = await searchParams;
  // A cursor this page did not give (edited, or from an older build) starts the library over.
  const after = typeof asked === "string" && isCursor(asked) ? asked : undefined;
  const { documents, next } = await listDocuments(getDb(), user.id, { after });
  return (
    <section className="library">
      <div className="library-head">
        <h1>Library</h1>
        <IntentLink href="/documents/new" className="button">
          New document
        </IntentLink>
      </div>
      {documents.length === 0 ? (
        <p>No documents yet.</p>
      ) : (
        <ul aria-label="Documents" className="document-list">
          {documents.map((document) => (
            <li key={document.id}>
              {/* Every document in view would otherwise be prefetched: a reader page's work each, for a class at once. */}
              <IntentLink href={`/documents/${document.id}`}>{document.title}</IntentLink>
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
      {(after || next) && (
        <nav aria-label="Library pages" className="library-pages">
          {after && <Link href="/documents">First page</Link>}
          {next && (
            <Link rel="next" href={`/documents?after=${encodeURIComponent(next)}`}>
              More documents
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

function isCursor(after: string): boolean {
  try {
    decodeCursor(after);
    return true;
  } catch {
    return false;
  }
}
