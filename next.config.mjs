// @ts-check
import { SITE_HEADERS } from "./lib/http/site-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite, the Prisma adapters and the native argon2, resvg and flock
  // (fs-native-extensions, the data-directory lock) bindings load
  // WebAssembly or .node files from node_modules at run time; bundling them
  // breaks those loads. jsdom and @argdown/core are large, server-only, and
  // load fine from node_modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "pg",
    "@node-rs/argon2",
    "@resvg/resvg-js",
    "fs-native-extensions",
    "@argdown/core",
    "jsdom",
  ],
  poweredByHeader: false,
  // Sent with every response: pages, API and static files. Pages get their
  // Content-Security-Policy, nonce and all, from proxy.ts; the API's JSON runs
  // nothing, so its policy allows nothing.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: SITE_HEADERS,
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (a step of `npm test` and CI)
  // over the whole project; checking them again inside `next build` cost
  // every start after a change 10–20 s and made the app's build fail on a
  // type error in a test file.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
