/** The opaque part of an entity tag, weak or strong: `W/"x"` and `"x"` compare equal weakly. */
function opaque(tag: string): string | null {
  return /^(?:W\/)?"([^"]*)"$/.exec(tag.trim())?.[1] ?? null;
}

/**
 * Whether an If-None-Match header names `tag` (RFC 9110 §13.1.2: weak
 * comparison, a comma-separated list, or `*` for any), so the request can be
 * answered 304 Not Modified.
 */
export function ifNoneMatchHits(header: string | null, tag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const wanted = opaque(tag);
  return wanted !== null && header.split(",").some((listed) => opaque(listed) === wanted);
}
