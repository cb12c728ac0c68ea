import type { Tx } from "@/lib/db/client";
import { hiddenPeersGiven } from "@/lib/annotations/annotation-list-tag";
import { mapSummaries } from "@/lib/maps/map-summaries";
import { capabilities } from "./get-document";
import { readableDocumentPage } from "./readable-document";

/**
 * What the reader page /documents/{id} needs of its document, in one
 * statement (getDocument takes two and reads the plain text too): the
 * document, the reader's role and what it lets them do, whether a share to
 * them is still unopened (so the page asks markShareOpened only then), the
 * groups they may make an annotation visible to (audienceGroups) and the
 * maps they see (listMaps). A second statement only on an individual
 * assignment's reading, for the classmates hidden from the reader. Throws
 * NotFoundError as getDocument does.
 */
export async function readerPageDocument(db: Tx, userId: string, id: string) {
  const { ownerName, audienceGroups, mapRows, ...document } = await readableDocumentPage(db, userId, id);
  const hiddenAuthors: readonly string[] = await hiddenPeersGiven(db, userId, id, document);
  // visibleMapsWhere's last clause, which the statement's SQL form leaves to its caller.
  const seen = mapRows.filter((map) => !hiddenAuthors.includes(map.ownerId));
  return {
    ...document,
    owner: { name: ownerName },
    can: capabilities(document.role),
    groups: audienceGroups,
    maps: mapSummaries(userId, document.role, seen),
  };
}
