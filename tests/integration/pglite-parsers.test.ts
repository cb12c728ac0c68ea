import { describe, expect, it } from "vitest";
import { IN_MEMORY } from "@/lib/db/database-config.mjs";
import { openPglite } from "@/lib/db/pglite-instance.mjs";
import { dropRowArrayParsers } from "@/lib/db/pglite-parsers.mjs";
import { preparedStatement, runPrepared } from "@/lib/db/prepared-statement";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const ARRAYS = preparedStatement(
  "warrant_test_arrays",
  [],
  `select array['a', 'b, c', 'say "hi"']::text[] as texts, array[1, 2]::int4[] as numbers,
     array['2026-12-03T10:00:00Z']::timestamptz[] as times,
     array['0b0e7d0c-52d6-4f53-9a2b-5f4a6c1d2e3f']::uuid[] as ids,
     array['PRIVATE', 'EVERYONE']::"DocumentVisibility"[]::text[] as visibilities`,
);

// Only PGlite keeps a parser map in this process; node-postgres parses as it always has.
describe.runIf(DATABASE_KIND === "pglite")("PGlite's parsers, once arrays of row types are dropped", () => {
  useTestDb();

  it("keep none for an array of a row type, and one for every array of a base type", async () => {
    const pglite = openPglite(IN_MEMORY);
    const { rows } = await pglite.query<{ oid: number; element: string }>(
      // The array types PGlite gives a parser at start-up, as it finds them: each element type's typarray.
      `select distinct e.typarray::int as oid, e.typtype as element from pg_type a join pg_type e on e.oid = a.typelem
       where a.typcategory = 'A' and e.typnamespace = 'pg_catalog'::regnamespace`,
    );
    const rowArrays = rows.filter((row) => row.element === "c");
    const baseArrays = rows.filter((row) => row.element === "b");
    expect(rowArrays.length).toBeGreaterThan(100);
    expect(rowArrays.filter((row) => row.oid in pglite.parsers)).toEqual([]);
    expect(baseArrays.filter((row) => !(row.oid in pglite.parsers))).toEqual([]);
    expect(await dropRowArrayParsers(pglite)).toBe(0);
  });
});

describe(`arrays from ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("still parse arrays of text, numbers, times and ids, prepared, or text and numbers through Prisma", async () => {
    const expected = {
      texts: ["a", "b, c", 'say "hi"'],
      numbers: [1, 2],
      times: [new Date("2026-12-03T10:00:00Z")],
      ids: ["0b0e7d0c-52d6-4f53-9a2b-5f4a6c1d2e3f"],
      visibilities: ["PRIVATE", "EVERYONE"],
    };
    const [prepared] = await runPrepared(db(), ARRAYS, []);
    expect(prepared).toEqual(expected);
    // Prisma's PGlite adapter reads arrays of text and numbers with PGlite's parsers (it refuses some others in raw queries).
    const [unprepared] = await db().$queryRawUnsafe<unknown[]>(
      `select array['a', 'b, c', 'say "hi"']::text[] as texts, array[1, 2]::int4[] as numbers`,
    );
    expect(unprepared).toEqual({ texts: expected.texts, numbers: expected.numbers });
  });
});
