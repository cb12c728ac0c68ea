/**
 * The Content-Security-Policy of Warrant's pages, for one response's nonce.
 *
 * - Scripts: only those carrying this response's nonce (Next puts it on its
 *   own scripts when it finds it in the request's CSP header), and what they
 *   load ('strict-dynamic': Next's chunk loader adds <script> tags at run
 *   time). No 'unsafe-eval' in production; React's development build needs
 *   eval to rebuild server error stacks, so `next dev` gets it.
 * - Styles: style sheets from this site or with the nonce; no inline style
 *   attributes. None are needed: the server renders no `style` attribute
 *   (the map, the split and the toolbars appear only after hydration), and
 *   React, React Flow and ProseMirror set styles through the CSSOM
 *   (element.style), which CSP does not govern. The whole end-to-end suite
 *   runs under this policy and fails on any violation.
 * - Workers: the map layout runs in a Web Worker loaded from this site.
 * - Images: data: and blob: URLs, for map exports drawn in the browser.
 * - Nothing may frame Warrant (clickjacking), post forms elsewhere, change the
 *   base URL, or load plugins.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Whether the browser reached this site over HTTPS: directly, through a TLS
 * proxy that says so (x-forwarded-proto), or by its public address. HSTS is
 * sent only then: over plain HTTP browsers ignore it, and a local `npm start`
 * must not teach the browser to refuse http://localhost.
 */
export function servedOverHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (
    forwarded === "https" ||
    new URL(request.url).protocol === "https:" ||
    (process.env.NEXTAUTH_URL ?? "").startsWith("https://")
  );
}

/** One year, the value HSTS preload lists ask for; subdomains are not Warrant's to speak for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";
