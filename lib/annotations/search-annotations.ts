import type { Tx } from "@/lib/db/client";

/**
 * A PostgreSQL tsquery that matches every word of `query` as a prefix, so
 * results update while the reader is still typing a word. Returns null when
 * the query has no words. Punctuation is dropped, so user input can never
 * be tsquery syntax.
 */
export function prefixTsQuery(query: string): string | null {
  const words = query.normalize("NFKC").match(/[\p{L}\p{N}]+/gu);
  return words
    ? words
        .slice(0, 16)
        .map((word) => `${word}:*`)
        .join(" & ")
    : null;
}

/**
 * Ids of the document's annotations whose quote, comment or tags match
 * `query` in PostgreSQL full-text search: with English stemming
 * ("negotiations" finds "negotiation"), or word prefixes as typed ("negotia"
 * finds "negotiations", which its stem "negoti" would not). Uses the
 * "Annotation_search_idx" and "Annotation_search_simple_idx" expression
 * indexes.
 */
export async function searchAnnotationIds(db: Tx, documentId: string, query: string): Promise<string[]> {
  const tsquery = prefixTsQuery(query);
  if (!tsquery) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    select id::text from "Annotation"
    where "documentId" = ${documentId}::uuid
      and (to_tsvector('english', "searchText") @@ to_tsquery('english', ${tsquery})
        or to_tsvector('simple', "searchText") @@ to_tsquery('simple', ${tsquery}))`;
  return rows.map((row) => row.id);
}
