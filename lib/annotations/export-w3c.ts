import type { Db } from "@/lib/db/client";
import { listReadableDocumentAnnotations, type AnnotationFilter } from "./list-annotations";
import { readableDocument } from "@/lib/documents/readable-document";
import { toW3CCollection } from "@/lib/w3c/serialize";

/**
 * The annotations `userId` may see on a document as a W3C Web Annotation
 * AnnotationCollection; `origin` makes the ids absolute (e.g.
 * https://warrant.example.org). Throws NotFoundError like listAnnotations.
 */
export async function exportW3CCollection(
  db: Db,
  userId: string,
  documentId: string,
  origin: string,
  filter: AnnotationFilter = {},
) {
  const document = await readableDocument(db, userId, documentId, "export");
  const annotations = await listReadableDocumentAnnotations(db, userId, document, filter);
  return toW3CCollection({
    documentUrl: `${origin}/documents/${documentId}`,
    documentTitle: document.title,
    collectionUrl: `${origin}/api/documents/${documentId}/annotations?format=w3c`,
    baseUrl: origin,
    annotations,
  });
}
