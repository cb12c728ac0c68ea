import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient, type Prisma } from "./generated/client.ts";
import { databaseConfigFromEnv, type DatabaseConfig } from "./database-config.mjs";
import { closePglite, openPglite } from "./pglite-instance.mjs";
import { registerRawDriver, type RawDriver } from "./prepared-statement";

export type Db = PrismaClient;

/** What Prisma reaches the database through (PrismaPg or PrismaPGlite). */
export type DriverAdapter = NonNullable<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]>;

/**
 * A client inside a transaction (lib/db/with-document-change.ts). Functions
 * that only read take a Tx, so they run the same inside a change and out of it.
 */
export type Tx = Prisma.TransactionClient;

/** The driver adapter Prisma reaches `config`'s database through. */
export function createDriverAdapter(config: DatabaseConfig): DriverAdapter {
  return adapterOn(rawDriverFor(config));
}

function rawDriverFor(config: DatabaseConfig): RawDriver {
  return config.kind === "postgres"
    ? { kind: "postgres", pool: new pg.Pool({ connectionString: config.url }) }
    : { kind: "pglite", pglite: openPglite(config.dir) };
}

function adapterOn(driver: RawDriver): DriverAdapter {
  // The pool is the adapter's to end when the client disconnects.
  return driver.kind === "postgres"
    ? new PrismaPg(driver.pool, { disposeExternalPool: true })
    : new PrismaPGlite(driver.pglite);
}

/**
 * The one place a Prisma client is built. `adapter` is for tests that watch
 * the statements a use case sends (tests/integration/support/statement-log.ts);
 * without it the client's driver is also registered for the statements run
 * prepared (prepared-statement.ts).
 */
export function createPrismaClient(config: DatabaseConfig, adapter?: DriverAdapter): PrismaClient {
  if (adapter) return new PrismaClient({ adapter });
  const driver = rawDriverFor(config);
  const client = new PrismaClient({ adapter: adapterOn(driver) });
  registerRawDriver(client, driver);
  return client;
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
