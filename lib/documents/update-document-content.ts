import type { Db, Tx } from "@/lib/db/client";
import { visibleAnnotationsWhere } from "@/lib/auth/permissions";
import { MatchBudget } from "@/lib/anchoring/match-budget";
import { applyReanchoring, planReanchoring } from "@/lib/annotations/reanchor-annotations";
import { documentFromJSON } from "@/lib/editor/document-from-json";
import { documentTitle } from "@/lib/editor/document-title";
import { toPlainText } from "@/lib/editor/plain-text";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { TextTarget } from "@/lib/validation/annotation";
import type { DocumentContentUpdate } from "@/lib/validation/document";
import { changeDocument } from "./change-document";
import { readableDocument } from "./readable-document";

/**
 * Where the editor's client mapped each annotation, for the annotations
 * `userId` may see: positions are trusted only for those.
 */
async function mappedTargets(db: Db | Tx, userId: string, id: string, update: DocumentContentUpdate) {
  const claimed = update.annotations ?? [];
  if (claimed.length === 0) return new Map<string, TextTarget>();
  const visible = await db.annotation.findMany({
    where: { ...visibleAnnotationsWhere(userId, id), id: { in: claimed.map((entry) => entry.id) } },
    select: { id: true },
  });
  const allowed = new Set(visible.map((row) => row.id));
  return new Map(claimed.filter((entry) => allowed.has(entry.id)).map((entry) => [entry.id, entry.target]));
}

/**
 * Saves an edit of a document's text by its owner or an editor. The update
 * names the version it was made from; if someone saved since, throws
 * ConflictError carrying the current version instead of overwriting it.
 * Throws InvalidInputError when the content does not fit the editor schema,
 * NotFoundError / ForbiddenError when the caller may not read / edit it.
 * Every annotation on it is re-anchored to the new text in the same change:
 * placed before the change's transaction opens (the quote search may take
 * seconds, within a MatchBudget), written inside it, where the version check
 * proves the text they were placed against is still the one replaced. The
 * result counts the annotations moved and orphaned, and of those orphaned
 * the ones the budget left unsearched (`overBudget`).
 */
export async function updateDocumentContent(db: Db, userId: string, id: string, update: DocumentContentUpdate) {
  const doc = documentFromJSON(update.content);
  if (!doc) throw new InvalidInputError("content", "The content is not a valid Warrant document");
  const plainText = toPlainText(doc);
  const stale = (version: number) => new ConflictError("Someone saved this document after you opened it", { version });
  // Refused before the work: the same checks run again in the transaction.
  const before = await readableDocument(db, userId, id, "editText");
  if (before.version !== update.version) throw stale(before.version);
  const budget = new MatchBudget();
  const plan = await planReanchoring(db, id, plainText, await mappedTargets(db, userId, id, update), budget);
  return changeDocument(db, userId, id, "editText", async (tx, current, record) => {
    record({ kind: "text" });
    if (current.version !== update.version) throw stale(current.version);
    // The title node may hold any length of text; the title is capped like an import's.
    const title = documentTitle(update.title ?? doc.firstChild?.textContent);
    await tx.document.update({
      where: { id },
      data: { content: doc.toJSON(), plainText, title, version: { increment: 1 } },
    });
    const mapped = await mappedTargets(tx, userId, id, update);
    const annotations = await applyReanchoring(tx, id, plainText, plan, mapped, budget);
    return { id, version: update.version + 1, annotations };
  });
}
