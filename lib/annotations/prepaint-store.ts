/**
 * Where the server keeps its drawn articles (prepainted-article-cache.ts),
 * on globalThis: the page's server component draws one and names it by its
 * key, and the reader's client component, rendered to HTML in the same
 * process, reads it by that key (app/documents/[id]/reader-editor.tsx).
 * Passed as a prop instead, the drawing would go to the browser twice —
 * in the HTML and again, escaped, in React's flight data: 429 instead of
 * 205 kB a page with 1,500 annotations, and ~17 ms more of the server's
 * time per page. In the browser there is no store: the element keeps the
 * HTML the server sent (React does not hydrate what dangerouslySetInnerHTML
 * put in).
 */
const STORE = Symbol.for("warrant.prepaintedArticles");

/** What the reader's component needs of the store. */
export type PrepaintStore = { get(key: string): string | undefined };

type WithStore = { [STORE]?: PrepaintStore };

/** The process's store, made by `make` the first time. */
export function processPrepaintStore<T extends PrepaintStore>(make: () => T): T {
  const global = globalThis as WithStore;
  return (global[STORE] ??= make()) as T;
}

/** The drawing kept under `key`; undefined in the browser, or once it has left the store. */
export function keptPrepaint(key: string): string | undefined {
  return (globalThis as WithStore)[STORE]?.get(key);
}
