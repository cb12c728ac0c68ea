import path from "node:path";

/**
 * The W3C Web Annotation WG's test suite (its JSON Schemas and MUST
 * assertions), kept unmodified in tests/fixtures with its provenance
 * (SOURCE.md) and licence (license.md): in the repository, so the tests
 * that run it never skip, in CI or anywhere else.
 */
export const W3C_SUITE = path.resolve(process.cwd(), "tests/fixtures/w3c-web-annotation-tests");
