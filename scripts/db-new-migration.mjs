// @ts-check
// `npm run db:new-migration -- <name>`: write the SQL that takes the last
// committed schema to prisma/schema.prisma into a new migration folder.
// (`prisma migrate dev` needs a shadow database, which fails offline here.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrationNames } from "./start/pending-migrations.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(1);
}

let from = ["--from-empty"];
if (migrationNames().length > 0) {
  const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "warrant-schema-")), "schema.prisma");
  fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
  from = ["--from-schema-datamodel", previous];
}
const sql = execFileSync(
  process.execPath,
  [
    path.resolve("node_modules/prisma/build/index.js"),
    "migrate",
    "diff",
    ...from,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("prisma/schema.prisma matches the last committed schema: no migration needed.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma/migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql`);
