// @ts-check
// What Prisma alone writes a second on a database, one create at a time from
// one client: the yardstick bench:load holds POST annotation against.
import path from "node:path";
import { createJiti } from "jiti";

// lib/db/client.ts is TypeScript (and marked server-only, as the vitest
// config also resolves away): jiti compiles it on the fly.
const jiti = createJiti(import.meta.url, {
  alias: { "server-only": path.resolve(import.meta.dirname, "../../node_modules/server-only/empty.js") },
});

/**
 * Creates `count` annotations on `documentId` by `authorId`, one
 * `annotation.create` after another, and returns inserts a second. PGlite
 * (`dir`) must not be open in any other process.
 *
 * @param {{ kind: "pglite", dir: string } | { kind: "postgres", url: string }} database
 * @param {{ documentId: string, authorId: string, count?: number }} rows
 */
export async function prismaInsertsPerSecond(database, { documentId, authorId, count = 1_000 }) {
  const { createPrismaClient } = /** @type {typeof import("../../lib/db/client.ts")} */ (
    await jiti.import("../../lib/db/client.ts")
  );
  const { closePglite } = await import("../../lib/db/pglite-instance.mjs");
  const db = createPrismaClient(database);
  try {
    const data = {
      documentId,
      authorId,
      kind: /** @type {const} */ ("note"),
      exact: "x",
      prefix: "",
      suffix: "",
      start: 0,
      end: 1,
    };
    await db.annotation.create({ data: { ...data, searchText: "warm-up" } }); // the first query opens the connection
    const began = performance.now();
    for (let i = 0; i < count; i++) await db.annotation.create({ data: { ...data, searchText: `insert ${i}` } });
    return count / ((performance.now() - began) / 1000);
  } finally {
    await db.$disconnect();
    if (database.kind === "pglite") await closePglite();
  }
}
