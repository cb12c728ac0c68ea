// @ts-check

/**
 * Headers sent with every response of the site: pages, API and static files.
 * next.config.mjs gives them to Next; scripts/start/static-assets.mjs, which
 * answers the build's static files itself, sends them too.
 */
export const SITE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
