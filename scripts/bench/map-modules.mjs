// @ts-check
import { createViteServer } from "vitest/node";

// Loads the map modules through Vitest's Vite pipeline, as
// scripts/bench/anchor-modules.mjs explains: Node 20 cannot import .ts, and
// transpiling happens before anything is timed.

/** The generator, the layout, every exporter of lib/argument and the AIF importer. */
export async function loadMapModules() {
  const server = await createViteServer({
    configFile: false,
    root: process.cwd(),
    logLevel: "error",
    appType: "custom",
    resolve: { alias: { "@": process.cwd() } },
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const load = (/** @type {string} */ path) => server.ssrLoadModule(path);
    const [generate, layout, aif, aifImport, argdown, graphml, dot, markdown, svg, png, w3c] = await Promise.all([
      load("/tests/fixtures/argument/generate-map.ts"),
      load("/lib/argument/layout-map.ts"),
      load("/lib/argument/formats/aif-export.ts"),
      load("/lib/argument/formats/aif-import.ts"),
      load("/lib/argument/formats/argdown-export.ts"),
      load("/lib/argument/formats/graphml-export.ts"),
      load("/lib/argument/formats/dot-export.ts"),
      load("/lib/argument/formats/markdown-export.ts"),
      load("/lib/argument/formats/svg-export.ts"),
      load("/lib/argument/formats/png-export.ts"),
      load("/lib/argument/formats/w3c-links-export.ts"),
    ]);
    return {
      ...generate,
      ...layout,
      ...aif,
      ...aifImport,
      ...argdown,
      ...graphml,
      ...dot,
      ...markdown,
      ...svg,
      ...png,
      ...w3c,
    };
  } finally {
    await server.close();
  }
}
