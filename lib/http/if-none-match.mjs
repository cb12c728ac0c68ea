// @ts-check

/**
 * The opaque part of an entity tag, weak or strong: `W/"x"` and `"x"` compare equal weakly.
 * @param {string} tag @returns {string | null}
 */
function opaque(tag) {
  return /^(?:W\/)?"([^"]*)"$/.exec(tag.trim())?.[1] ?? null;
}

/**
 * Whether an If-None-Match header names `tag` (RFC 9110 §13.1.2: weak
 * comparison, a comma-separated list, or `*` for any), so the request can be
 * answered 304 Not Modified. Shared by the API (the annotation list) and
 * the server's static files (scripts/start/static-assets.mjs).
 *
 * @param {string | null | undefined} header @param {string} tag @returns {boolean}
 */
export function ifNoneMatchHits(header, tag) {
  if (header === null || header === undefined) return false;
  if (header.trim() === "*") return true;
  const wanted = opaque(tag);
  return wanted !== null && header.split(",").some((listed) => opaque(listed) === wanted);
}
