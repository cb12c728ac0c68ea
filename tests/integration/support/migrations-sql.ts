import fs from "node:fs";
import path from "node:path";

/** The SQL of every migration in prisma/migrations, oldest first. */
export function migrationsSql(): string[] {
  const dir = path.resolve("prisma/migrations");
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}
