import { toW3CCollection } from "@/lib/w3c/serialize";
import type { ClassWork } from "./class-work";

/**
 * The class's work as a W3C Web Annotation AnnotationCollection, through the
 * same serialiser as a document's export (lib/w3c/serialize.ts): each
 * annotation followed by its replies. `collectionUrl` is the export's own
 * address with its filters, so the collection's id says what it holds.
 */
export function classWorkW3C(work: ClassWork, origin: string, collectionUrl: string) {
  const collection = toW3CCollection({
    documentUrl: `${origin}/documents/${work.assignment.documentId}`,
    documentTitle: work.assignment.title,
    collectionUrl,
    baseUrl: origin,
    annotations: work.items,
  });
  return { ...collection, label: `The class's work on "${work.assignment.title}" (${work.course.name})` };
}
