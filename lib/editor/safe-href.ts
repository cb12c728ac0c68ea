// The one rule for which link targets a document may hold. The schema's
// link mark and every importer go through it, so an unsafe href can
// never reach the DOM whichever way a document was made.

/** The URL schemes a link may use; anything else is dropped. */
const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto"]);

// Browsers strip ASCII whitespace and control characters before reading
// a scheme, so "java\nscript:" and " javascript:" are still javascript:.
// The check has to look at the string the way a browser will.
const IGNORED_BY_BROWSERS = /[\p{Cc} ]/gu;

// A scheme is letters, digits, "+", "-" and "." before the first colon.
// A colon after "/", "?" or "#" belongs to a path, query or fragment, so
// such an href is relative.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Returns `href` (trimmed) when it is a string safe to put on a link,
 * else null.
 *
 * Safe means an absolute http:, https: or mailto: URL, or a relative
 * reference: a path, "?query", "#fragment" or "//host/path". Everything
 * with another scheme — javascript:, data:, vbscript:, file:, blob: … —
 * is refused, as is an empty href.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  const trimmed = href.trim();
  if (trimmed === "") return null;
  const scheme = SCHEME.exec(trimmed.replace(IGNORED_BY_BROWSERS, ""));
  if (scheme && !ALLOWED_SCHEMES.has(scheme[1].toLowerCase())) return null;
  return trimmed;
}
