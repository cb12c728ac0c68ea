import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "./generated/client.ts";
import { databaseConfigFromEnv, type DatabaseConfig } from "./database-config.mjs";
import { closePglite, openPglite } from "./pglite-instance.mjs";

export type Db = PrismaClient;

/**
 * A client inside a transaction (lib/db/with-document-change.ts). Functions
 * that only read take a Tx, so they run the same inside a change and out of it.
 */
export type Tx = Prisma.TransactionClient;

/** The one place a Prisma client is built. */
export function createPrismaClient(config: DatabaseConfig): PrismaClient {
  const adapter =
    config.kind === "postgres"
      ? new PrismaPg({ connectionString: config.url })
      : new PrismaPGlite(openPglite(config.dir));
  return new PrismaClient({ adapter });
}

const KEY = Symbol.for("warrant.prisma");
type Slot = { [KEY]?: PrismaClient };

/**
 * This process's Prisma client, built on first use from the environment (so
 * `next build` workers, which never query, never open the database).
 */
export function getDb(): PrismaClient {
  const slot = globalThis as Slot;
  slot[KEY] ??= createPrismaClient(databaseConfigFromEnv(process.env));
  return slot[KEY];
}

/** Disconnects this process's client and closes PGlite, if open. */
export async function closeDb(): Promise<void> {
  const slot = globalThis as Slot;
  const client = slot[KEY];
  delete slot[KEY];
  await client?.$disconnect();
  await closePglite();
}
