import { describe, expect, it } from "vitest";
import { preparedStatement, runPrepared } from "@/lib/db/prepared-statement";
import { createPrismaClient } from "@/lib/db/client";
import { currentTestDbConfig, DATABASE_KIND, useTestDb } from "./support/test-db";

const ECHO = preparedStatement(
  "warrant_test_echo",
  ["text", "timestamptz", "uuid"],
  `select $1::text as text, $2::timestamptz as at, $3::uuid::text as id,
     exists(select 1 from pg_prepared_statements where name = 'warrant_test_echo') as prepared`,
);

describe(`statements run prepared on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  const at = new Date("2026-12-02T10:00:00.000Z");
  const id = "0b0e7d0c-52d6-4f53-9a2b-5f4a6c1d2e3f";

  it("give the rows the same statement gives unprepared, quotes and all, again and again", async () => {
    const awkward = `it's "quoted"; drop table "User"; --`;
    const unprepared = await db().$queryRawUnsafe<{ text: string; at: Date; id: string }[]>(ECHO.text, awkward, at, id);
    for (let i = 0; i < 3; i++) {
      const [row] = await runPrepared<{ text: string; at: Date; id: string; prepared: boolean }>(db(), ECHO, [
        awkward,
        at,
        id,
      ]);
      expect(row).toEqual({ text: unprepared[0].text, at: unprepared[0].at, id: unprepared[0].id, prepared: true });
    }
  });

  it("take null parameters", async () => {
    const [row] = await runPrepared<{ text: string | null; id: string | null }>(db(), ECHO, [null, at, null]);
    expect(row).toMatchObject({ text: null, id: null });
  });

  it("are prepared once even when many requests ask at once, on as many connections as the pool opens", async () => {
    const fresh = preparedStatement("warrant_test_at_once", ["int4"], `select $1::int4 * 2 as twice`);
    const rows = await Promise.all(
      Array.from({ length: 20 }, (_, i) => runPrepared<{ twice: number }>(db(), fresh, [String(i)])),
    );
    expect(rows.map(([row]) => row.twice)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it("run through Prisma, unprepared, inside a transaction (which holds PGlite's one session)", async () => {
    const [row] = await db().$transaction((tx) =>
      runPrepared<{ text: string }>(tx, ECHO, ["in a transaction", at, id]),
    );
    expect(row.text).toBe("in a transaction");
  });

  it("still run, through Prisma, after the client disconnected and reconnected", async () => {
    const client = createPrismaClient(currentTestDbConfig());
    await runPrepared(client, ECHO, ["before", at, id]);
    await client.$disconnect();
    const [row] = await runPrepared<{ text: string }>(client, ECHO, ["after", at, id]);
    expect(row.text).toBe("after");
    await client.$disconnect();
  });

  it("refuse a name that could not go into PREPARE unquoted", () => {
    expect(() => preparedStatement(`x; drop table "User"`, [], "select 1")).toThrow(/not a statement name/);
  });
});
