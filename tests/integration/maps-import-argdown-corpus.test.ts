import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { exportMap } from "@/lib/maps/export-map";
import { importMap } from "@/lib/maps/import-map";
import { ZMapImport } from "@/lib/validation/map-input";
import { privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

// Real Argdown files (tests/fixtures/corpora/argdown, SOURCES.md) through
// the import as the route runs it (ZMapImport, then importMap, in the
// Argdown worker thread): the ones @argdown/core rejects answer a 400
// (InvalidInputError) with its own message and line and save nothing; a
// real debate imports with a report of what was kept for the Argdown export.

const corpus = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/corpora/argdown", name), "utf8");

const REFUSED: [string, RegExp][] = [
  ["demo.argdown", /^line 10: Invalid statement content\. An argument reference/],
  ["lexer-argument.argdown", /^line 3: this data is not valid YAML: missed comma/],
  ["lexer-definitions-references.argdown", /^line 2: Expecting token of type --> EOF <--/],
  ["lexer-lists.argdown", /^line 2: Expecting: expecting at least one iteration/],
  ["lexer-relations.argdown", /^line 1: Invalid relation syntax\./],
];

describe(`real Argdown files through the import on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  async function setting() {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    const maps = () => db().argumentMap.count({ where: { documentId: document.id } });
    const request = (source: string) =>
      importMap(db(), owner.id, document.id, ZMapImport.parse({ format: "argdown", source }));
    return { owner, document, maps, request };
  }

  it.each(REFUSED)("%s: refused with Argdown's own message and line, nothing saved", async (name, message) => {
    const { maps, request } = await setting();
    const error = await errorOf(request(corpus(name)));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(message);
    expect(await maps()).toBe(0);
  });

  it("imports a debate whose supports point at arguments, reports what it kept, and writes it back", async () => {
    const { owner, request } = await setting();
    const source = corpus("Populism-Core-Argument-Argdown-Example.argdown");
    const { map, report } = await request(source);
    expect(map.title).toBe("The Core Argument of Populism");
    expect(report.format).toBe("argdown");
    // 69 statements and 10 arguments by gist; 17 inferences and 22 supports written as relations.
    expect(report.imported).toEqual({ statements: 79, arguments: 39, attacks: 0, restatements: 0 });
    expect(report.passThrough.records).toEqual({ "front matter": 1, tags: 48, "argument descriptions": 17 });
    expect(report.warnings).toEqual([
      "10 arguments are given only by their gist: the map shows them as boxes labelled Argument",
      "Headings (3) are not kept: a map has no sections",
      "Links (1) keep their words but lose their addresses",
    ]);
    // The two supports of whole arguments (line 196 once refused the file).
    expect(map.graph.argumentSupports).toHaveLength(2);
    const exported = await exportMap(db(), owner.id, map.id, "argdown", "http://localhost");
    expect(exported.body).toContain('author: "David Lanius"');
    expect(exported.body).toContain("#populism");
  });
});
