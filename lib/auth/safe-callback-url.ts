/** Where sign-in and sign-up send a reader when the callbackUrl is not safe. */
const FALLBACK = "/documents";

/**
 * Any origin works as the base: only whether the origin survives resolution
 * matters, never which one it is. `.invalid` cannot be a real host (RFC 2606).
 */
const BASE = new URL("https://warrant.invalid");

/**
 * A callbackUrl that stays on this site (no open redirects); /documents otherwise.
 *
 * The value is resolved with the WHATWG URL parser, as the browser will
 * resolve it, and accepted only if the origin is unchanged. String checks
 * miss what the parser does: it drops tabs and newlines anywhere (`/\t/evil`
 * becomes `//evil`), reads `\` as `/`, and collapses dot segments. The result
 * is the parsed path, query and fragment, so what the browser is given is
 * exactly what was checked; a path that would start with `//` is refused
 * because it would read as protocol-relative when used on its own.
 */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return FALLBACK;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE.origin || url.pathname.startsWith("//")) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
