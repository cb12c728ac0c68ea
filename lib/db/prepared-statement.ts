import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/**
 * The driver under a Prisma client, for the few statements every request
 * runs (the session check, the 304 of a reload): Prisma sends each statement
 * unnamed, so the database plans it anew every time, and planning the
 * session-and-tag statement took 0.8 of its 1.2 ms on PGlite. A statement
 * prepared once per connection is planned once.
 */
export type RawDriver = { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; pool: Pool };

/**
 * A statement to run prepared: `text` uses $1… with the parameter types
 * `types` (the PREPARE's), and is also what runs unprepared through Prisma
 * where there is no driver to prepare it on (a transaction, a test's logging
 * adapter), so both paths run the same SQL.
 */
export type PreparedStatement = { name: string; types: readonly string[]; text: string };

type Parameter = string | Date | null;

/** A PreparedStatement, its name checked: it goes into PREPARE and EXECUTE unquoted. */
export function preparedStatement(name: string, types: readonly string[], text: string): PreparedStatement {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a statement name: ${name}`);
  return { name, types, text };
}

type Registry = {
  drivers: WeakMap<object, RawDriver>;
  /** The statement names each PGlite instance has prepared (its one session keeps them until it closes). */
  preparedOnPglite: WeakMap<PGlite, Map<string, Promise<unknown>>>;
};
// On globalThis, as the client itself is (client.ts): Next's server bundles
// each load their own copy of this module, and a client registered by one
// copy must be found by the others.
const REGISTRY = Symbol.for("warrant.preparedStatements");
const { drivers, preparedOnPglite } = ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= {
  drivers: new WeakMap(),
  preparedOnPglite: new WeakMap(),
});

/** Records that `client` (a PrismaClient) runs on `driver`, for runPrepared. */
export function registerRawDriver(client: object, driver: RawDriver): void {
  drivers.set(client, driver);
}

type RawQueryClient = { $queryRawUnsafe<T>(query: string, ...values: unknown[]): Promise<T> };

/**
 * Runs `statement` with `params`: prepared on `db`'s driver when `db` is a
 * client registered with one, else through Prisma. Never pass a transaction's
 * client expecting the prepared path: a transaction holds PGlite's only
 * session, and a statement sent beside it would wait for it forever.
 */
export async function runPrepared<T>(
  db: RawQueryClient,
  statement: PreparedStatement,
  params: readonly Parameter[],
): Promise<T[]> {
  const driver = drivers.get(db);
  // A client disconnected and used again reconnects through a new pool (or PGlite): Prisma knows it, this map does not.
  const closed = driver?.kind === "postgres" ? driver.pool.ended : driver?.pglite.closed;
  if (!driver || closed) return db.$queryRawUnsafe<T[]>(statement.text, ...params);
  if (driver.kind === "postgres") {
    // node-postgres prepares a named statement on each pooled connection the first time that connection runs it.
    const result = await driver.pool.query({ name: statement.name, text: statement.text, values: [...params] });
    return result.rows as T[];
  }
  return executeOnPglite<T>(driver.pglite, statement, params);
}

async function executeOnPglite<T>(
  pglite: PGlite,
  statement: PreparedStatement,
  params: readonly Parameter[],
): Promise<T[]> {
  // PGlite sends no named statements of its own, and EXECUTE takes no bind
  // parameters: its arguments go as quoted literals, cast by the PREPARE's types.
  await preparedOn(pglite, statement);
  // exec, PGlite's simple protocol: one message to Postgres, where query sends five (parse, describe, bind, …).
  const [result] = await pglite.exec(`execute ${statement.name}${inParentheses(params.map(sqlLiteral))}`);
  return result!.rows as T[];
}

function preparedOn(pglite: PGlite, statement: PreparedStatement): Promise<unknown> {
  let prepared = preparedOnPglite.get(pglite);
  if (!prepared) preparedOnPglite.set(pglite, (prepared = new Map()));
  let done = prepared.get(statement.name);
  if (!done) {
    done = pglite.exec(`prepare ${statement.name}${inParentheses(statement.types)} as ${statement.text}`);
    done.catch(() => prepared.delete(statement.name));
    prepared.set(statement.name, done);
  }
  return done;
}

/** PREPARE's types or EXECUTE's arguments: none is no parentheses (`name()` is a syntax error). */
function inParentheses(list: readonly string[]): string {
  return list.length === 0 ? "" : `(${list.join(", ")})`;
}

/** `value` as an SQL literal (standard_conforming_strings is on, so only quotes are doubled). */
function sqlLiteral(value: Parameter): string {
  if (value === null) return "null";
  const text = value instanceof Date ? value.toISOString() : value;
  return `'${text.replaceAll("'", "''")}'`;
}
