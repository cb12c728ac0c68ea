// @ts-check

/**
 * The header a route handler names its body's encoding with, when it sends
 * a body it compressed itself (the annotation list, gzip-cache.ts). Next
 * drops a route's Content-Encoding (next/dist/server/send-response.js: a
 * body fetched from elsewhere arrives decoded under its original header),
 * so Warrant's server turns this header into Content-Encoding as Next sets
 * it (restoreRouteEncoding), and Next's compression then leaves the body be
 * ("already encoded").
 */
export const ROUTE_CONTENT_ENCODING = "x-warrant-content-encoding";

/**
 * Whether this process's responses pass through restoreRouteEncoding: only
 * under scripts/start.mjs (it sets WARRANT_SERVER), not under `next start`.
 * @returns {boolean}
 */
export function routeEncodingRestored() {
  return process.env.WARRANT_SERVER === "1";
}

/**
 * Makes `res` take ROUTE_CONTENT_ENCODING as Content-Encoding.
 * @param {import("node:http").ServerResponse} res
 */
export function restoreRouteEncoding(res) {
  const setHeader = res.setHeader;
  res.setHeader = function (name, value) {
    const renamed = name.toLowerCase() === ROUTE_CONTENT_ENCODING ? "Content-Encoding" : name;
    return setHeader.call(this, renamed, value);
  };
}
