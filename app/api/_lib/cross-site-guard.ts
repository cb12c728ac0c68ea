import { HttpError } from "./http-error";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether `origin` is this site: the host the request was sent to (a forged
 * request from a browser still names our host, so an attacker cannot make
 * the two agree), or the public address NEXTAUTH_URL (start-up always sets
 * it; behind a proxy the Host header may be an internal name).
 */
function isOwnOrigin(origin: string, request: Request): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, privacy-sensitive redirects) is nobody's origin.
  }
  if (url.host === request.headers.get("host")) return true;
  const publicUrl = process.env.NEXTAUTH_URL;
  return !!publicUrl && URL.canParse(publicUrl) && new URL(publicUrl).origin === url.origin;
}

/**
 * Refuses (403) a state-changing request that a browser sent on behalf of
 * another site: cross-site request forgery rides on the victim's cookies.
 *
 * Browsers always send `Origin` on a cross-origin POST, PUT, PATCH or DELETE
 * (fetch and form posts alike), and modern ones send `Sec-Fetch-Site` on every
 * request; either is enough to tell. A request with neither header did not
 * come from a browser page (curl, scripts, server-to-server), carries no
 * victim's cookies by accident, and passes. Reads (GET, HEAD) change nothing
 * and pass, so links into Warrant from other sites keep working.
 */
export function refuseCrossSiteRequest(request: Request): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin !== null && !isOwnOrigin(origin, request)) {
    throw new HttpError(403, `Refused: this request came from another site (${origin}), not from Warrant's own pages`);
  }
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    throw new HttpError(403, "Refused: this request came from another site, not from Warrant's own pages");
  }
}
