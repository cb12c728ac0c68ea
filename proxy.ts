import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  newNonce,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "./app/_lib/security-headers";

/**
 * Gives every page response its Content-Security-Policy with a fresh nonce.
 * Next reads the nonce from the request's CSP header and puts it on the
 * scripts it renders, so the header is set on the request (for the render)
 * and on the response (for the browser). HSTS goes out when served over HTTPS.
 * The headers every response gets, API and static files included, are in
 * next.config.mjs.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  if (servedOverHttps(request)) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only. Not /api: with a proxy in front, Next copies a request's
      // body for it and waits for the whole body before the route runs, which
      // would undo the API's bounded body reads (app/api/_lib/read-body.ts).
      // API responses are JSON and get their fixed policy from next.config.mjs.
      // Not static files, which hold no nonces, nor prefetches.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
