// @ts-check
import { createViteServer } from "vitest/node";

// How the anchoring benchmark runs TypeScript on Node 20, which cannot
// import .ts itself. esbuild is not installed here (Vitest 4 runs on Vite 8,
// which uses Rolldown and Oxc), so bundling with it is out. `vitest bench`
// would work but measures ops/s of one callback through tinybench; this
// benchmark needs batch timings, placement counts and chunk maxima in its
// own table. So the script loads the modules through Vitest's public Node
// API: a Vite server (no HTTP, no HMR) whose ssrLoadModule transpiles the
// sources exactly as the unit tests see them, while packages in
// node_modules (prosemirror-*, approx-string-match) are imported natively.
// Transpiling happens before any timing; what is timed is plain JavaScript.

/**
 * Loads the anchoring modules, the plain-text importer and the test
 * fixtures' seeded random generator.
 *
 * @returns {Promise<{
 *   TextIndex: typeof import("../../lib/anchoring/text-index").TextIndex,
 *   describeRange: typeof import("../../lib/anchoring/describe-range").describeRange,
 *   anchor: typeof import("../../lib/anchoring/anchor").anchor,
 *   importPlainText: typeof import("../../lib/editor/import-plain-text").importPlainText,
 *   schema: typeof import("../../lib/editor/schema").schema,
 *   plugin: typeof import("../../lib/anchoring/annotation-decorations"),
 *   seededRandom: typeof import("../../tests/support/seeded-random").seededRandom,
 * }>}
 */
export async function loadAnchoring() {
  const server = await createViteServer({
    configFile: false,
    root: process.cwd(),
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const load = (/** @type {string} */ path) => server.ssrLoadModule(path);
    const [textIndex, describe, anchoring, importer, schema, plugin, random] = await Promise.all([
      load("/lib/anchoring/text-index.ts"),
      load("/lib/anchoring/describe-range.ts"),
      load("/lib/anchoring/anchor.ts"),
      load("/lib/editor/import-plain-text.ts"),
      load("/lib/editor/schema.ts"),
      load("/lib/anchoring/annotation-decorations.ts"),
      load("/tests/support/seeded-random.ts"),
    ]);
    return {
      TextIndex: textIndex.TextIndex,
      describeRange: describe.describeRange,
      anchor: anchoring.anchor,
      importPlainText: importer.importPlainText,
      schema: schema.schema,
      plugin: /** @type {typeof import("../../lib/anchoring/annotation-decorations")} */ (plugin),
      seededRandom: /** @type {typeof import("../../tests/support/seeded-random").seededRandom} */ (
        random.seededRandom
      ),
    };
  } finally {
    await server.close();
  }
}
