// @ts-check
// `npm run db:migrate`: apply prisma/migrations to the configured database
// (DATABASE_URL, else PGLITE_DIR). Refuses while a server holds the data directory.
import path from "node:path";
import { run } from "./start/run.mjs";

run(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], process.env).catch(
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
