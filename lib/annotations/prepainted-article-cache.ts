import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { prepaintedArticle } from "@/lib/anchoring/prepainted-article";
import type { Db } from "@/lib/db/client";
import { processPrepaintStore } from "./prepaint-store";
import { annotationsSeenBy } from "./shared-list";
import { readerAndList, type KnownReader, type SharedListCache } from "./shared-list-cache";

/** Above this many highlights a reader sees, the page carries the text alone (drawing 5,000 takes ~30 ms). */
export const MAX_PREPAINTED_ANNOTATIONS = 5_000;

/** The bound: this many drawings at most, and this many characters in all (1,500 highlights on the sample: ~0.2 million). */
export const MAX_ENTRIES = 64;
export const MAX_CHARS = 20_000_000;

/**
 * Drawn articles kept in this process. A class opening one reading sees the
 * same annotations, so its readers share one drawing: the key is what the
 * drawing depends on, the text's version, the document's event number (any
 * change of an annotation moves it) and which annotations the reader sees,
 * never who the reader is.
 */
export function newPrepaintCache() {
  return new LRUCache<string, string>({
    max: MAX_ENTRIES,
    maxSize: MAX_CHARS,
    sizeCalculation: (html) => html.length || 1,
  });
}

export type PrepaintCache = ReturnType<typeof newPrepaintCache>;

const processCache = processPrepaintStore(newPrepaintCache);

/** The reader's document as the page read it. */
export type PrepaintDocument = { id: string; content: unknown; version: number };

/** The server's drawing of a reader's article: where the browser finds it, and how many highlights the list brings. */
export type ReaderPrepaint = {
  key: string;
  html: string;
  /**
   * How many annotations the reader sees, drawn in `html` or not (above
   * MAX_PREPAINTED_ANNOTATIONS the drawing is the text alone): with none,
   * the editor need not wait for the list to draw its first state.
   */
  annotations: number;
};

/**
 * The inside of the article's element as the reader's editor will draw it
 * (prepainted-article.ts), and the key it is kept under (prepaint-store.ts),
 * with the highlights of exactly the annotations
 * the list route sends `userId` (the shared list filtered by
 * seesListedAnnotation, deleted ones left out as the editor leaves them
 * out); the text alone above MAX_PREPAINTED_ANNOTATIONS, and null when the
 * document changes faster than its list is built (the page then shows the
 * text once the editor has loaded). Throws NotFoundError when they may not
 * read the document.
 */
export async function readerPrepaint(
  db: Db,
  userId: string,
  document: PrepaintDocument,
  options: { drawings?: PrepaintCache; lists?: SharedListCache; maxAnnotations?: number; known?: KnownReader } = {},
): Promise<ReaderPrepaint | null> {
  const shared = await readerAndList(db, userId, document.id, options.lists, options.known);
  if (!shared) return null;
  const seen = [...annotationsSeenBy(shared.list, shared.reader)].filter((annotation) => !annotation.deleted);
  const drawn = seen.length <= (options.maxAnnotations ?? MAX_PREPAINTED_ANNOTATIONS) ? seen : [];
  const which = createHash("sha1")
    .update(drawn.map((annotation) => annotation.id).join(","))
    .digest("base64url");
  const key = `${document.id}:${document.version}:${shared.list.seq}:${which}`;
  const drawings = options.drawings ?? processCache;
  const kept = drawings.get(key);
  if (kept !== undefined) return { key, html: kept, annotations: seen.length };
  const html = prepaintedArticle(document.content, drawn);
  drawings.set(key, html);
  return { key, html, annotations: seen.length };
}
