// @ts-check

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
  reactStrictMode: true,
  // The build must not download anything (no network here) and must not phone home.
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
