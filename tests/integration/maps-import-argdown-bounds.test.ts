import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import { InvalidInputError } from "@/lib/errors";
import { importMap } from "@/lib/maps/import-map";
import type { MapGraph } from "@/lib/validation/argument-map";
import { MAX_ARGDOWN_IMPORT_BYTES } from "@/lib/validation/map-input";
import { privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

// @argdown/core's lexer rescans from every "{", "[", "<", "/*" or "<!--"
// that is never closed, to the end of its line or of the whole input: its
// time grows with the square of such a file (8,000 "{" took 0.7 s, twice as
// many 3 s). An Argdown import is read in a worker thread with a time
// limit, so such a file is refused with a 400 while the server goes on
// answering, and a file larger than any real Argdown is refused up front.

const CONGESTION = readFileSync(new URL("../fixtures/argument/congestion.argdown", import.meta.url), "utf8");

/** Runs `work`, and the longest time the event loop went without running a timer meanwhile. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return Math.max(longest, performance.now() - last);
}

describe(`bounded Argdown import on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  async function setting() {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    const counts = async () => ({
      maps: await db().argumentMap.count({ where: { documentId: document.id } }),
      annotations: await db().annotation.count({ where: { documentId: document.id } }),
    });
    return { owner, document, counts };
  }

  it.each([
    // On the request's thread: about 40 s each here (60,000 "{" took 14 s).
    ["unclosed inline data", "{".repeat(100_000)],
    ["unclosed comments", "/* <!-- ".repeat(40_000)],
  ])(
    "refuses %s that would take the lexer minutes, with a 400, while the server goes on answering, saving nothing",
    async (_name, source) => {
      const { owner, document, counts } = await setting();
      let error: unknown;
      const stall = await longestStall(async () => {
        error = await errorOf(importMap(db(), owner.id, document.id, { format: "argdown", source }));
      });
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toMatch(/too complex to read/);
      // Generous: on the request's thread the lexer held the event loop for the whole read (tens of seconds).
      expect(stall).toBeLessThan(2_000);
      expect(await counts()).toEqual({ maps: 0, annotations: 0 });
    },
    120_000,
  );

  it("refuses an Argdown file larger than any real one, naming the limit, saving nothing", async () => {
    const { owner, document, counts } = await setting();
    const line = "[S]: A statement that is repeated to make the file long.\n\n";
    const source = line.repeat(Math.ceil((MAX_ARGDOWN_IMPORT_BYTES + 1) / line.length));
    const error = await errorOf(importMap(db(), owner.id, document.id, { format: "argdown", source }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(
      new RegExp(`Argdown file is over ${MAX_ARGDOWN_IMPORT_BYTES / 1024 / 1024} MB`),
    );
    expect(await counts()).toEqual({ maps: 0, annotations: 0 });
  }, 120_000);

  it("still imports an ordinary Argdown file, and reports its mistakes with their line", async () => {
    const { owner, document, counts } = await setting();
    const imported = await importMap(db(), owner.id, document.id, { format: "argdown", source: CONGESTION });
    expect(imported.map.title).toBe("Congestion charging");
    // The same map as read on the calling thread, with what the document quotes anchored.
    const unanchored = (graph: MapGraph) => ({
      ...graph,
      nodes: graph.nodes.map((node) => ({ ...node, annotationId: null })),
    });
    expect(unanchored(imported.map.graph)).toEqual(fromArgdown(CONGESTION));
    const saved = { maps: 1, annotations: imported.anchored };
    expect(await counts()).toEqual(saved);

    const error = await errorOf(importMap(db(), owner.id, document.id, { format: "argdown", source: "[A]: a\n  +\n" }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/^line 2: "\+" relates to nothing/);
    expect(await counts()).toEqual(saved);
  });
});
