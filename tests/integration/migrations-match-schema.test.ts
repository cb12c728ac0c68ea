import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DATABASE_KIND } from "./support/test-db";

const PRISMA = path.resolve("node_modules/prisma/build/index.js");
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "warrant-migrations-"));

/** A database no test has touched: a PGlite directory, or a new database on the server. */
async function freshDatabaseEnv(): Promise<NodeJS.ProcessEnv> {
  if (!process.env.DATABASE_URL) return { ...process.env, PGLITE_DIR: path.join(temp, "pglite") };
  const url = new URL(process.env.DATABASE_URL);
  const name = `warrant_migrations_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists "${name}"`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return { ...process.env, DATABASE_URL: url.toString() };
}

afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe(`migrations on ${DATABASE_KIND}`, () => {
  it("prisma migrate deploy reproduces prisma/schema.prisma exactly", async () => {
    const env = await freshDatabaseEnv();
    execFileSync(process.execPath, [PRISMA, "migrate", "deploy"], { env, stdio: "pipe" });
    const pulled = execFileSync(process.execPath, [PRISMA, "db", "pull", "--print"], { env, encoding: "utf8" });
    const pulledFile = path.join(temp, "pulled.prisma");
    // The CLI prints a warning about the datasource url before the schema, on stdout.
    fs.writeFileSync(pulledFile, pulled.slice(pulled.search(/^(generator|datasource) /m)));

    const diff = spawnSync(
      process.execPath,
      [
        PRISMA,
        "migrate",
        "diff",
        "--from-schema-datamodel",
        pulledFile,
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { env, encoding: "utf8" },
    );
    // --exit-code: 0 means no difference, 2 means the schemas differ.
    expect(diff.stdout).toContain("No difference detected");
    expect(diff.status).toBe(0);
  }, 120_000);
});
