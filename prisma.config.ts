import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/db/migration-adapter";

// The schema engine runs as WebAssembly (engine "js") and connects through a
// driver adapter, so the Prisma CLI never downloads a native engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: createMigrationAdapter,
});
