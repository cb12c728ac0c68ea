import type { Db, Tx } from "@/lib/db/client";
import { withSnapshot } from "@/lib/db/with-snapshot";
import { visibleAnnotationsWhere, type DocumentRole } from "@/lib/auth/permissions";
import type { AnnotationKind, AnnotationView } from "@/lib/validation/annotation";
import { loadAnnotationViews } from "./load-annotation-views";
import { readableDocument } from "@/lib/documents/readable-document";
import { searchAnnotationIds } from "./search-annotations";
import { listTag, listTagFacts } from "./annotation-list-tag";
import { hiddenPeerAuthors } from "@/lib/classroom/hidden-peers";

export type AnnotationFilter = { q?: string; kind?: AnnotationKind; authorId?: string; tag?: string; groupId?: string };

/**
 * The annotations `userId` may see on a document, in document order: their
 * own and those shared with everyone or with a group of theirs, narrowed by
 * the filter (full-text `q` over quote, comment and tags; kind; author; tag;
 * the group they are shared with), without classmates' while an assignment
 * hides them (lib/classroom/hidden-peers.ts). Deleted annotations appear
 * as placeholders only while they have replies. Throws NotFoundError when the
 * document is not readable.
 */
export async function listAnnotations(
  db: Db,
  userId: string,
  documentId: string,
  filter: AnnotationFilter = {},
): Promise<AnnotationView[]> {
  return listReadableDocumentAnnotations(db, userId, await readableDocument(db, userId, documentId), filter);
}

/**
 * listAnnotations with the number of the document's last change, read in one
 * snapshot: the list is exactly as of that change, so live frames about
 * later changes can be applied on top of it, and earlier ones ignored. `tag`
 * is its entity tag (annotation-list-tag.ts), as of the same snapshot.
 */
export async function listAnnotationsAsOf(db: Db, userId: string, documentId: string, filter: AnnotationFilter = {}) {
  return withSnapshot(db, async (tx) => {
    const document = await readableDocument(tx, userId, documentId);
    // Read in the same snapshot as the document's access, so never null here.
    const facts = (await listTagFacts(tx, userId, document.id))!;
    const hiddenAuthors = await hiddenPeerAuthors(tx, userId, document.id);
    const annotations = await listReadableDocumentAnnotations(tx, userId, document, filter, hiddenAuthors);
    const tag = listTag({ documentId: document.id, userId, role: document.role, facts, filter, hiddenAuthors });
    return { annotations, seq: facts.eventSeq, tag };
  });
}

/** listAnnotations for a document the caller has already checked with readableDocument. */
export async function listReadableDocumentAnnotations(
  db: Tx,
  userId: string,
  document: { id: string; role: DocumentRole | null },
  filter: AnnotationFilter = {},
  hiddenAuthors?: readonly string[],
): Promise<AnnotationView[]> {
  const hidden = hiddenAuthors ?? (await hiddenPeerAuthors(db, userId, document.id));
  const ids = filter.q !== undefined ? await searchAnnotationIds(db, document.id, filter.q) : undefined;
  const rows = await db.annotation.findMany({
    where: {
      AND: [
        visibleAnnotationsWhere(userId, document.id, document.role, hidden),
        // A deleted one stays as a placeholder only for replies this reader sees.
        {
          OR: [
            { deletedAt: null },
            { replies: { some: hidden.length > 0 ? { authorId: { notIn: [...hidden] } } : {} } },
          ],
        },
        ids ? { id: { in: ids } } : {},
        filter.kind ? { kind: filter.kind } : {},
        filter.authorId ? { authorId: filter.authorId } : {},
        filter.tag ? { tags: { has: filter.tag }, deletedAt: null } : {},
        filter.groupId ? { visibility: "group", groupId: filter.groupId } : {},
      ],
    },
    select: { id: true },
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return loadAnnotationViews(
    db,
    document.id,
    rows.map((row) => row.id),
    hidden,
  );
}
