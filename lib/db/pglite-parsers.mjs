// @ts-check

/**
 * Drops PGlite's parsers for arrays of row types, once it is ready.
 *
 * PGlite copies its whole parser map into a new object on every query
 * (`{ ...this.parsers, ...options.parsers }`), and at start-up it adds a
 * parser for every array type in the catalog: 2 of every 3 are arrays of
 * the catalog's and the schema's row types (pg_class[], "Annotation"[], …),
 * which no query here returns, and whose rows it could not parse anyway
 * (it has no parser for a row type). Measured on a prepared statement: the
 * copy took 79 of a query's 129 µs with them, 28 µs without.
 *
 * @param {import("@electric-sql/pglite").PGlite} db
 * @returns {Promise<number>} how many parsers were dropped
 */
export async function dropRowArrayParsers(db) {
  await db.waitReady;
  const { rows } = await db.query(
    // Keyed as PGlite adds them: by the element type's array type.
    `select distinct e.typarray::int as oid from pg_type a join pg_type e on e.oid = a.typelem
     where a.typcategory = 'A' and e.typtype = 'c'`,
  );
  let dropped = 0;
  for (const { oid } of /** @type {{ oid: number }[]} */ (rows)) {
    if (oid in db.parsers) {
      delete db.parsers[oid];
      dropped++;
    }
  }
  return dropped;
}
