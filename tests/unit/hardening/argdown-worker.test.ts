import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArgdownMap } from "@/lib/argument/formats/argdown-import";
import { ArgdownImportError } from "@/lib/argument/formats/argdown-import-error";
import { TooManyRequestsError } from "@/lib/errors";
import { readArgdownMapInWorker } from "@/lib/maps/read-argdown-in-worker";
import { errorOf } from "../../support/error-of";

// The server reads Argdown uploads in a worker thread with a time limit
// (read-argdown-in-worker.ts); it must answer as readArgdownMap does on the
// calling thread, errors and their places included.

const CONGESTION = readFileSync(new URL("../../fixtures/argument/congestion.argdown", import.meta.url), "utf8");
/** Takes the lexer tens of seconds (see tests/integration/maps-import-argdown-bounds.test.ts). */
const SLOW = "{".repeat(100_000);

describe("readArgdownMapInWorker", () => {
  it("gives the map and title readArgdownMap gives", async () => {
    expect(await readArgdownMapInWorker(CONGESTION)).toEqual(readArgdownMap(CONGESTION));
    expect(await readArgdownMapInWorker("===\ntitle: Only\n===\n")).toEqual(readArgdownMap("===\ntitle: Only\n===\n"));
  });

  it("refuses what readArgdownMap refuses, with the same line and column", async () => {
    for (const source of ["[A]: a\n  +\n", "[A]: a {kind: [}\n", "[A]: a\n\n[B: b\n", "<A>\n\n(1) a\n(2) b\n"]) {
      const expected = await errorOf(Promise.resolve().then(() => readArgdownMap(source)));
      const error = await errorOf(readArgdownMapInWorker(source));
      expect(error).toBeInstanceOf(ArgdownImportError);
      expect(error).toMatchObject({
        message: (expected as Error).message,
        line: (expected as ArgdownImportError).line,
        column: (expected as ArgdownImportError).column,
      });
    }
  });

  it("stops a read past its time limit, saying the file is too complex", async () => {
    const error = await errorOf(readArgdownMapInWorker(SLOW, { timeLimitMs: 500 }));
    expect(error).toBeInstanceOf(ArgdownImportError);
    expect((error as Error).message).toMatch(/^this file is too complex to read: .* never closed/);
  });

  it("reads two files at once and asks a third to come back later", async () => {
    const running = [1, 2].map(() => errorOf(readArgdownMapInWorker(SLOW, { timeLimitMs: 1_000 })));
    const third = await errorOf(readArgdownMapInWorker(CONGESTION));
    expect(third).toBeInstanceOf(TooManyRequestsError);
    for (const error of await Promise.all(running)) expect((error as Error).message).toMatch(/too complex/);
    // Once they are stopped, reads are taken again.
    expect((await readArgdownMapInWorker(CONGESTION)).title).toBe("Congestion charging");
  });
});
