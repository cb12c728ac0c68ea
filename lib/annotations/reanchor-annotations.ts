import { matchQuote } from "@/lib/anchoring/match-quote";
import { targetAt } from "@/lib/anchoring/target-at";
import type { Tx } from "@/lib/db/client";
import type { TextTarget } from "@/lib/validation/annotation";
import { searchTextOf } from "./annotation-view";

/**
 * After a document's text changed, moves every annotation on it (every
 * author's, deleted ones too). Where the editing client mapped an annotation
 * through its edit (`mapped`, by id) and the result still matches the new
 * text, that position wins — it follows edits inside the passage, which a
 * quote search cannot. Otherwise the quote is searched for: the stored
 * position first, then the nearest exact or approximate match. An annotation
 * whose passage is gone keeps its selectors and shows as orphaned.
 */
export async function reanchorAnnotations(
  tx: Tx,
  documentId: string,
  text: string,
  mapped: ReadonlyMap<string, TextTarget> = new Map(),
) {
  const annotations = await tx.annotation.findMany({
    where: { documentId },
    select: {
      id: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      comment: true,
      tags: true,
      deletedAt: true,
    },
  });
  let moved = 0;
  let orphaned = 0;
  for (const annotation of annotations) {
    const hint = mapped.get(annotation.id);
    const place =
      hint && hint.end <= text.length && text.slice(hint.start, hint.end) === hint.exact
        ? hint
        : matchQuote(text, annotation);
    if (!place) {
      orphaned += 1;
      continue;
    }
    const target = targetAt(text, place.start, place.end);
    if (target.start === annotation.start && target.exact === annotation.exact && target.prefix === annotation.prefix) {
      continue;
    }
    moved += 1;
    await tx.annotation.update({
      where: { id: annotation.id },
      // A deleted annotation must stay unfindable by what it said.
      data: {
        ...target,
        searchText: annotation.deletedAt
          ? target.exact
          : searchTextOf({ ...target, comment: annotation.comment, tags: annotation.tags }),
      },
    });
  }
  return { moved, orphaned };
}
